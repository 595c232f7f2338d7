package ma.mizan.compliance.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ma.mizan.platform.control.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The evidence file store: content-addressed, immutable files named by their SHA-256 under a two-level
 * fan-out ({@code ab/cd/abcd...}). A file is written to a temporary file in the store's own directory (same
 * file system, so the move is an atomic rename), fsynced, and moved into place before the database row that
 * refers to it commits; it is never overwritten (identical content is stored once) and never deleted here.
 * So a committed row never points to a missing file, and a rolled-back upload leaves at most an orphan file,
 * which {@link #storedHashes()} lets the check report.
 */
@ApplicationScoped
public class EvidenceStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final String TEMP = "tmp";

    @Inject
    @ConfigProperty(name = "mizan.evidence.dir")
    String configuredDirectory;

    private Path root;

    /** For CDI: the directory comes from {@code mizan.evidence.dir}. */
    protected EvidenceStore() {
    }

    /** A store rooted at {@code root} (tests, tools). */
    public EvidenceStore(Path root) {
        this.root = root;
    }

    @PostConstruct
    void configure() {
        if (root == null) {
            root = Path.of(configuredDirectory);
        }
    }

    /** An upload written to a temporary file of the store, with its digest and size; not yet stored. */
    public record Staged(Path file, String sha256, long size) {
    }

    public Path root() {
        return root;
    }

    /**
     * Copies {@code in} to a temporary file while hashing it, without holding it in memory; refuses (413) as
     * soon as it passes {@code maxBytes}, leaving nothing behind. The temporary file is fsynced, ready for
     * {@link #put}.
     */
    public Staged stage(InputStream in, long maxBytes) {
        Path temp = null;
        try {
            Path dir = Files.createDirectories(root.resolve(TEMP));
            temp = Files.createTempFile(dir, "upload-", ".part");
            MessageDigest digest = sha256();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE); InputStream digesting = new DigestInputStream(in, digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = digesting.read(buffer)) >= 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            force(temp);
            Staged staged = new Staged(temp, HexFormat.of().formatHex(digest.digest()), size);
            temp = null;
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "payload-too-large", "Payload too large",
                "The file exceeds the evidence limit of " + maxBytes + " bytes (mizan.evidence.max-bytes).");
    }

    /**
     * Moves the staged file into place under its hash, unless the same content is stored already (then the
     * temporary file is dropped). Atomic and durable before it returns: call it before the row commits.
     */
    public Path put(Staged staged) {
        Path target = path(staged.sha256());
        try {
            if (Files.exists(target)) {
                Files.deleteIfExists(staged.file());
                return target;
            }
            Files.createDirectories(target.getParent());
            try {
                // A rename within one directory tree: readers see no file or the whole file, never a part of it.
                Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("the evidence store " + root + " must allow atomic renames", e);
            } catch (FileAlreadyExistsException raced) {
                // another upload of the same bytes won the race: the content is stored, ours is not needed
                Files.deleteIfExists(staged.file());
                return target;
            }
            target.toFile().setReadOnly();
            forceDirectory(target.getParent());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a staged file that was refused or not stored (no-op once {@link #put} moved it). */
    public void discard(Staged staged) {
        if (staged != null) {
            deleteQuietly(staged.file());
        }
    }

    /** Where the content with this hash lives (whether or not it exists). */
    public Path path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public enum State { INTACT, MISSING, CORRUPT }

    /** Re-reads the stored file and compares its digest with its name. */
    public State verify(String sha256) {
        Path file = path(sha256);
        try (InputStream in = Files.newInputStream(file)) {
            return digest(in).equals(sha256) ? State.INTACT : State.CORRUPT;
        } catch (NoSuchFileException e) {
            return State.MISSING;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<InputStream> open(String sha256) {
        try {
            return Optional.of(Files.newInputStream(path(sha256)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hashes of the files in the store (temporary files and anything not named by a hash are left out). */
    public Set<String> storedHashes() {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            files.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals(TEMP))
                    .map(p -> p.getFileName().toString()).filter(n -> SHA256.matcher(n).matches())
                    .filter(n -> path(n).equals(root.resolve(n.substring(0, 2)).resolve(n.substring(2, 4)).resolve(n)))
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static String digest(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the new directory entry durable too; not every platform can open a directory, which is then skipped. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file itself is fsynced
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the store's check ignores the temporary folder
        }
    }
}
