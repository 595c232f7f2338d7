package ma.mizan.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of content files read once: the rule base ({@code rules/}) or the legal texts
 * ({@code legal-texts/}), either from a directory (an external folder configured by a regulator, or the
 * repository in unit tests) or from the copy packaged in the application. Files are keyed by their path
 * relative to the folder, with forward slashes, in sorted order so that anything computed over them
 * (the content hash) is deterministic.
 */
public final class ContentSource {

    private final String origin;
    private final SortedMap<String, byte[]> files;

    private ContentSource(String origin, SortedMap<String, byte[]> files) {
        this.origin = origin;
        this.files = Collections.unmodifiableSortedMap(files);
    }

    public static ContentSource fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("content folder not found: " + dir.toAbsolutePath());
        }
        return new ContentSource(dir.toAbsolutePath().normalize().toString(), read(dir));
    }

    /** The folder packaged under {@code resourceFolder} on the class path (exploded or inside a jar). */
    public static ContentSource fromClasspath(String resourceFolder, ClassLoader loader) {
        URL url = loader.getResource(resourceFolder);
        if (url == null) {
            throw new IllegalStateException("packaged content folder not found on the class path: " + resourceFolder);
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return new ContentSource("classpath:" + resourceFolder, read(Path.of(uri)));
            }
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            return new ContentSource("classpath:" + resourceFolder, read(fs.provider().getPath(uri)));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read packaged content folder " + resourceFolder + ": " + e.getMessage(), e);
        }
    }

    private static SortedMap<String, byte[]> read(Path dir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String key = dir.relativize(p).toString().replace('\\', '/');
                try {
                    files.put(key, Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public String origin() {
        return origin;
    }

    /** Relative path to content, sorted by path. */
    public SortedMap<String, byte[]> files() {
        return files;
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public String text(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalStateException(origin + ": missing file " + path);
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
