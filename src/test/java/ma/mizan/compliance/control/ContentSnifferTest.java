package ma.mizan.compliance.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSnifferTest {

    @TempDir
    Path dir;

    ContentSniffer.Sniffed sniff(byte[] bytes, String name) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), bytes);
        return ContentSniffer.sniff(file, name);
    }

    @Test
    void aPdfRenamedPngIsAPdf() throws IOException {
        assertThat(sniff(Samples.pdf(), "photo.png")).isEqualTo(new ContentSniffer.Sniffed("application/pdf", true));
    }

    @Test
    void imagesAreKnownByTheirSignatureWhateverTheirName() throws IOException {
        assertThat(sniff(Samples.png(), "scan.pdf").type()).isEqualTo("image/png");
        assertThat(sniff(Samples.jpeg(), "scan").type()).isEqualTo("image/jpeg");
    }

    @Test
    void htmlNamedPdfIsRefused() throws IOException {
        ContentSniffer.Sniffed s = sniff(Samples.html(), "report.pdf");
        assertThat(s.type()).isEqualTo("text/html");
        assertThat(s.allowed()).isFalse();
    }

    @Test
    void executablesNamedAsDocumentsAreRefused() throws IOException {
        ContentSniffer.Sniffed windows = sniff(Samples.windowsExecutable(), "policy.pdf");
        assertThat(windows.allowed()).isFalse();
        assertThat(windows.type()).isNotEqualTo("application/pdf").isNotEqualTo("application/octet-stream");
        ContentSniffer.Sniffed elf = sniff(Samples.elfExecutable(), "policy.docx");
        assertThat(elf.allowed()).isFalse();
        assertThat(elf.type()).doesNotContain("openxmlformats");
    }

    @Test
    void aScriptIsRefusedEvenNamedAsText() throws IOException {
        ContentSniffer.Sniffed s = sniff(Samples.shellScript(), "notes.txt");
        assertThat(s.allowed()).isFalse();
        assertThat(s.type()).isEqualTo("application/x-sh");
    }

    @Test
    void unknownBytesAreRefusedWhateverTheName() throws IOException {
        byte[] noise = new byte[512];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 0;
        noise[1] = 1;
        ContentSniffer.Sniffed s = sniff(noise, "contract.pdf");
        assertThat(s).isEqualTo(new ContentSniffer.Sniffed("application/octet-stream", false));
    }

    @Test
    void plainTextIsNarrowedToCsvByItsNameOnly() throws IOException {
        assertThat(sniff(Samples.text(), "participants.csv")).isEqualTo(new ContentSniffer.Sniffed("text/csv", true));
        assertThat(sniff(Samples.text(), "participants.txt")).isEqualTo(new ContentSniffer.Sniffed("text/plain", true));
        assertThat(sniff(Samples.text(), "participants.png").type()).as("a name cannot make text an image").isEqualTo("text/plain");
    }

    @Test
    void aDocxIsKnownFromItsContentTypesManifestEvenUnderAnotherName() throws IOException {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        assertThat(sniff(Samples.docx(), "policy.docx")).isEqualTo(new ContentSniffer.Sniffed(docx, true));
        assertThat(sniff(Samples.docx(), "policy.pdf").type()).isEqualTo(docx);
        assertThat(sniff(Samples.xlsx(), "register.bin").type()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void anOpenDocumentIsKnownFromItsMimetypeEntry() throws IOException {
        assertThat(sniff(Samples.odt(), "policy.zip")).isEqualTo(new ContentSniffer.Sniffed("application/vnd.oasis.opendocument.text", true));
    }

    @Test
    void aPlainZipArchiveIsRefusedEvenNamedDocx() throws IOException {
        assertThat(sniff(Samples.plainZip(), "policy.docx")).isEqualTo(new ContentSniffer.Sniffed("application/zip", false));
    }

    @Test
    void aLegacyOfficeFileIsKnownByItsOwnDirectoryNotByItsName() throws IOException {
        assertThat(sniff(Samples.ole2("WordDocument", "1Table"), "minutes.xls")).isEqualTo(new ContentSniffer.Sniffed("application/msword", true));
        assertThat(sniff(Samples.ole2("Workbook"), "budget.doc")).isEqualTo(new ContentSniffer.Sniffed("application/vnd.ms-excel", true));
        assertThat(sniff(Samples.ole2("PowerPoint Document"), "deck")).isEqualTo(new ContentSniffer.Sniffed("application/vnd.ms-powerpoint", true));
        ContentSniffer.Sniffed installer = sniff(Samples.ole2("!_StringData", "!_Tables"), "setup.doc");
        assertThat(installer.allowed()).as("an OLE2 file without a document stream (an installer, say), even named .doc").isFalse();
        assertThat(sniff(Samples.ole2("WordDocument", "Macros"), "minutes.doc").allowed()).as("a Word document with macros").isFalse();
    }
}
