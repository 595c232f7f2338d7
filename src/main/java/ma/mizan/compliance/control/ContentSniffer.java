package ma.mizan.compliance.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded file really is, from its bytes: Tika's magic-number detection, then, for ZIP
 * containers, a look inside ({@code [Content_Types].xml} names an OOXML document's main part, an ODF
 * package names itself in its {@code mimetype} entry), and for OLE2 containers a look at their directory
 * (a Word document has a {@code WordDocument} stream, a workbook a {@code Workbook}, a presentation a
 * {@code PowerPoint Document}; an installer or any other OLE2 file has none of them, and a document that
 * carries macros has a VBA storage). Neither the client's Content-Type nor the file name decides: the name
 * is passed to Tika only as a hint that may narrow a type the bytes established (plain text to CSV), never
 * replace it, and bytes Tika cannot place at all are refused whatever their name.
 */
public final class ContentSniffer {

    /** The types accepted as evidence: documents and images that a reader opens without running anything. */
    public static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff",
            "text/plain", "text/csv",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.graphics",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    /** The stream that makes an OLE2 file each legacy Office document, and the storages that hold macros. */
    private static final String[][] OLE2_MAIN_STREAMS = {
            {"WordDocument", "application/msword"}, {"Workbook", "application/vnd.ms-excel"}, {"Book", "application/vnd.ms-excel"},
            {"PowerPoint Document", "application/vnd.ms-powerpoint"}};
    private static final Set<String> OLE2_MACROS = Set.of("Macros", "_VBA_PROJECT_CUR", "VBA");

    /** The main parts that identify an OOXML document ([Content_Types].xml), and what each makes the file. */
    private static final String[][] OOXML_MAIN_PARTS = {
            {"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
            {"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
            // macro-enabled documents carry code: named so that the refusal says what they are
            {"application/vnd.ms-word.document.macroEnabled.main+xml", "application/vnd.ms-word.document.macroEnabled.12"},
            {"application/vnd.ms-excel.sheet.macroEnabled.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.12"},
            {"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", "application/vnd.ms-powerpoint.presentation.macroEnabled.12"}};

    private ContentSniffer() {
    }

    /** The detected type and whether evidence may be of that type. */
    public record Sniffed(String type, boolean allowed) {
    }

    public static Sniffed sniff(Path file, String nameHint) {
        String type = detect(file, nameHint);
        return new Sniffed(type, ALLOWED.contains(type));
    }

    /** The media type (without parameters) the bytes of {@code file} show. */
    public static String detect(Path file, String nameHint) {
        try {
            MediaType byBytes = detect(file, new Metadata());
            if (byBytes.equals(MediaType.OCTET_STREAM)) {
                return byBytes.toString(); // unknown bytes: no name can make them a document
            }
            if (byBytes.equals(ZIP) || REGISTRY.isSpecializationOf(byBytes, ZIP)) {
                return container(file);
            }
            if (byBytes.equals(OLE2) || REGISTRY.isSpecializationOf(byBytes, OLE2)) {
                return ole2(file);
            }
            MediaType type = byBytes;
            if (nameHint != null && !nameHint.isBlank()) {
                Metadata hint = new Metadata();
                hint.set(TikaCoreProperties.RESOURCE_NAME_KEY, nameHint);
                MediaType narrowed = detect(file, hint);
                // Tika applies the name only when it specialises a type the magic found; checked again here
                if (narrowed.equals(byBytes) || REGISTRY.isSpecializationOf(narrowed, byBytes)) {
                    type = narrowed;
                }
            }
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MediaType detect(Path file, Metadata metadata) throws IOException {
        try (InputStream in = TikaInputStream.get(file)) {
            return TYPES.detect(in, metadata);
        }
    }

    /** A ZIP file is a document only if its own manifest says so; otherwise it is an archive. */
    private static String container(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
            if (contentTypes != null) {
                String manifest = read(zip, contentTypes, 256 * 1024);
                for (String[] part : OOXML_MAIN_PARTS) {
                    if (manifest.contains("\"" + part[0] + "\"")) {
                        return part[1];
                    }
                }
                return "application/x-tika-ooxml";
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String declared = read(zip, mimetype, 200).strip();
                if (declared.matches("[a-z0-9.+-]+/[a-zA-Z0-9.+-]+")) {
                    return declared;
                }
            }
            return ZIP.toString();
        } catch (java.util.zip.ZipException broken) {
            return ZIP.toString();
        }
    }

    /** An OLE2 file is a legacy Office document only if its directory has the document's main stream and no macros. */
    private static String ole2(Path file) throws IOException {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
            Set<String> entries = fs.getRoot().getEntryNames();
            if (entries.stream().anyMatch(OLE2_MACROS::contains)) {
                return "application/vnd.ms-office.vbaProject"; // named so that the refusal says what it is
            }
            for (String[] main : OLE2_MAIN_STREAMS) {
                if (entries.contains(main[0])) {
                    return main[1];
                }
            }
            return OLE2.toString();
        } catch (IOException | RuntimeException broken) {
            // POIFS rejects a damaged or truncated container: it is not a document a reader can open
            return OLE2.toString();
        }
    }

    private static String read(ZipFile zip, ZipEntry entry, int max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(max), StandardCharsets.UTF_8);
        }
    }
}
