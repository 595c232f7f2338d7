package ma.mizan.compliance.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made in the test from their published signatures. */
final class Samples {

    private Samples() {
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        byte[] b = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, b, 0, signature.length);
        return b;
    }

    static byte[] jpeg() {
        byte[] b = new byte[64];
        byte[] signature = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(signature, 0, b, 0, signature.length);
        return b;
    }

    static byte[] html() {
        return "<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] windowsExecutable() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    static byte[] elfExecutable() {
        byte[] b = new byte[64];
        b[0] = 0x7f;
        b[1] = 'E';
        b[2] = 'L';
        b[3] = 'F';
        b[4] = 2;
        b[5] = 1;
        b[6] = 1;
        return b;
    }

    static byte[] text() {
        return "Rapport de formation IA, janvier 2027\nParticipants: 14\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] shellScript() {
        return "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx() {
        return zip(new String[][] {
                {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
                {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"},
                {"word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"}});
    }

    static byte[] xlsx() {
        return zip(new String[][] {
                {"[Content_Types].xml", "<Types><Override PartName=\"/xl/workbook.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"},
                {"xl/workbook.xml", "<workbook/>"}});
    }

    static byte[] odt() {
        return zip(new String[][] {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<office:document-content/>"}});
    }

    static byte[] plainZip() {
        return zip(new String[][] {{"readme.txt", "hello"}, {"run.bat", "echo hi"}});
    }

    /** An OLE2 compound file whose root holds the named streams (a Word document has WordDocument, an installer none). */
    static byte[] ole2(String... streams) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            for (String name : streams) {
                fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), name);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(String[][] entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] e : entries) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
