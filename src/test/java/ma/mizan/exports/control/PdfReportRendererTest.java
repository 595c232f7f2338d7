package ma.mizan.exports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ma.mizan.exports.entity.Report;
import ma.mizan.exports.entity.ReportBlock.Column;
import ma.mizan.exports.entity.ReportBlock.KeyValue;

class PdfReportRendererTest {

    static final String ARABIC_NAME = "شركة الأطلس للتأمين";
    static final String ARABIC_PARAGRAPH = "يصنف هذا النظام عالي المخاطر لأنه يقيّم الجدارة الائتمانية للأشخاص الطبيعيين.";
    static final String HASH = "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12";
    static final int REGISTER_ROWS = 150;

    static byte[] pdf;
    static String text;
    static String rawGlyphText;
    /** Horizontal extent of each word the stripper writes, by its NFKC text. */
    static List<Object[]> wordExtents;
    /** The extracted text with runs of white space as one space: wrapping decides where lines break. */
    static String flat;
    static int pages;

    @BeforeAll
    static void renderSystemReport() throws IOException {
        Report report = Report.builder("Rapport de conformité — Système de notation de crédit")
                .subtitle("Atlas Assurances · ICE 001234567000089")
                .footer("Rule base 0.1.0 · sha256 " + HASH.substring(0, 12) + "… · generated 2026-12-02T10:00Z")
                .pageLabel("page")
                .generatedAt(Instant.parse("2026-12-02T10:00:00Z"))
                .author("Mizan")
                .heading("Identité du système")
                .keyValues(List.of(
                        new KeyValue("Organisation", ARABIC_NAME + " (Atlas Assurances SA)"),
                        new KeyValue("Numéro d'enregistrement", "MA-AI-2026-000123"),
                        new KeyValue("Empreinte de la base de règles", HASH),
                        new KeyValue("Version du logiciel", null)))
                .heading("Classification")
                .paragraph("Le système est classé à haut risque : il évalue la solvabilité de personnes physiques. "
                        + "Company name: " + ARABIC_NAME + ". The derogation of Article 6(3) does not apply.")
                .paragraph(ARABIC_PARAGRAPH)
                .subheading("Citations")
                .bullets(List.of("ma-ai-draft/annex-iii.5.b — évaluation de la solvabilité",
                        "ma-ai-draft/art-6.2 — high-risk systems referred to in Annex III",
                        ARABIC_NAME))
                .heading("Obligations")
                .table(List.of(new Column("Code", 1.2f), new Column("Statut", 1), new Column("Preuves", 2.5f)),
                        List.<List<String>>of(
                                List.of("RISK-MANAGEMENT", "Réalisée", "Politique de gestion des risques v2; " + HASH),
                                List.of("REGISTRATION", "À faire", ARABIC_NAME)).iterator())
                .pageBreak()
                .heading("Registre")
                .table(List.of(new Column("N°", 0.6f), new Column("Système", 2), new Column("Organisation", 2),
                        new Column("Niveau", 1)), new RegisterRows(REGISTER_ROWS))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(report, out);
        pdf = out.toByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            text = new PDFTextStripper().getText(document);
            flat = text.replaceAll("\\s+", " ");
            RawGlyphs raw = new RawGlyphs();
            raw.getText(document);
            rawGlyphText = raw.glyphs.toString();
            wordExtents = raw.extents;
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path preview = Path.of("target", "pdf-preview");
            Files.createDirectories(preview);
            Files.write(preview.resolve("system-report.pdf"), pdf);
            ImageIO.write(image, "png", preview.resolve("system-report-page-1.png").toFile());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(pages - 1, 80), "png",
                    preview.resolve("system-report-last-page.png").toFile());
        }
    }

    @Test
    void frenchAndEnglishTextComesBackWithItsAccents() {
        assertThat(flat).contains("Rapport de conformité — Système de notation de crédit",
                "Numéro d'enregistrement", "MA-AI-2026-000123", "The derogation of Article 6(3) does not apply.",
                "Réalisée", "À faire", "évaluation de la solvabilité");
    }

    @Test
    void arabicComesBackAsTheLogicalTextAfterCompatibilityNormalization() {
        // The stripper maps presentation forms back with NFKC and reorders right-to-left runs into logical order;
        // an unshaped, reversed or missing name would not match.
        String normalized = Normalizer.normalize(flat, Normalizer.Form.NFKC);
        assertThat(normalized).contains(ARABIC_NAME);
        assertThat(normalized).contains(Normalizer.normalize(ARABIC_PARAGRAPH, Normalizer.Form.NFKC));
    }

    @Test
    void arabicIsDrawnWithJoinedPresentationFormsNotIsolatedLetters() {
        // The glyphs in the content stream, before any extraction clean-up: shaped text uses U+FE70..U+FEFF.
        long presentationForms = rawGlyphText.codePoints().filter(cp -> cp >= 0xFE70 && cp <= 0xFEFF).count();
        long basicArabicLetters = rawGlyphText.codePoints().filter(cp -> cp >= 0x0621 && cp <= 0x064A).count();
        assertThat(presentationForms).isGreaterThan(50);
        assertThat(basicArabicLetters).isZero();
        // ... but the shadda in يقيّم stays a combining mark, without a tatweel stretching the word
        assertThat(rawGlyphText).contains("\u0651").doesNotContain("\u0640").doesNotContain("\uFE7D");
        // ش at the start of a word takes its initial form U+FEB7, the first letter of the company name
        assertThat(rawGlyphText).contains("\uFEB7");
    }

    @Test
    void aMainlyArabicParagraphIsRightAlignedAndAMainlyFrenchOneLeftAligned() {
        float right = 595.28f - 50;
        Object[] arabic = extentOf("الطبيعيين");
        assertThat((float) arabic[2]).isCloseTo(right, org.assertj.core.data.Offset.offset(1.5f));
        assertThat((float) arabic[1]).isGreaterThan(150);
        Object[] french = extentOf("Le système est classé");
        assertThat((float) french[1]).isCloseTo(50f, org.assertj.core.data.Offset.offset(1.5f));
    }

    private static Object[] extentOf(String fragment) {
        return wordExtents.stream().filter(e -> ((String) e[0]).contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no line contains " + fragment));
    }

    @Test
    void aLongHashIsCutAcrossLinesWithNothingLost() {
        String joined = text.replaceAll("\\s+", "");
        assertThat(joined).contains(HASH);
    }

    @Test
    void aLongTableContinuesOnFurtherPagesUnderItsRepeatedHeader() {
        assertThat(pages).isGreaterThanOrEqualTo(4);
        IntStream.of(1, REGISTER_ROWS / 2, REGISTER_ROWS)
                .forEach(n -> assertThat(text).contains("Système n° " + n + " "));
        long headerRows = text.lines().filter(l -> l.startsWith("N° Système Organisation Niveau")).count();
        assertThat(headerRows).isEqualTo(pages - 1);
    }

    @Test
    void everyPageCarriesTheFooterWithItsNumberAndTheTotal() {
        for (int p = 1; p <= pages; p++) {
            assertThat(text).contains("Rule base 0.1.0 · sha256 ab12cd34ef56… · generated 2026-12-02T10:00Z · page "
                    + p + "/" + pages);
        }
    }

    @Test
    void documentInformationNamesMizanAndTheDate() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Mizan");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Rapport de conformité");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        }
    }

    @Test
    void theFontsAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                names.add(font.getName());
            }
            assertThat(names).anyMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans"))
                    .anyMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans-Bold"));
        }
    }

    @Test
    void aSequenceOfChaptersIsProducedOnlyWhileTheReportIsRendered() throws IOException {
        int[] produced = {0};
        Iterator<ma.mizan.exports.entity.ReportBlock> chapters = IntStream.range(0, 3).<ma.mizan.exports.entity.ReportBlock>mapToObj(i -> {
            produced[0]++;
            return new ma.mizan.exports.entity.ReportBlock.Heading("Chapitre " + i, 1);
        }).iterator();
        Report report = Report.builder("Organisation").add(new ma.mizan.exports.entity.ReportBlock.Sequence(chapters)).build();
        assertThat(produced[0]).as("nothing produced when the report is built").isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(report, out);
        assertThat(produced[0]).isEqualTo(3);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Chapitre 0").contains("Chapitre 1").contains("Chapitre 2");
        }
    }

    /** Collects the Unicode of each glyph as the PDF maps it, before the stripper normalizes it. */
    static final class RawGlyphs extends PDFTextStripper {
        final StringBuilder glyphs = new StringBuilder();

        RawGlyphs() throws IOException {
        }

        final List<Object[]> extents = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (TextPosition p : positions) {
                min = Math.min(min, p.getXDirAdj());
                max = Math.max(max, p.getXDirAdj() + p.getWidthDirAdj());
            }
            extents.add(new Object[] {Normalizer.normalize(text, Normalizer.Form.NFKC), min, max});
            super.writeString(text, positions);
        }

        @Override
        protected void processTextPosition(TextPosition position) {
            glyphs.append(position.getUnicode());
            super.processTextPosition(position);
        }
    }

    /** A register listing produced on demand, as it would come from the database. */
    static final class RegisterRows implements Iterator<List<String>> {
        private final int count;
        private int n;

        RegisterRows(int count) {
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return n < count;
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            n++;
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(n));
            row.add("Système n° " + n + " de tri des candidatures");
            row.add(n % 3 == 0 ? ARABIC_NAME : "Banque Populaire du Maroc");
            row.add(n % 2 == 0 ? "Haut risque" : "Risque limité");
            return row;
        }
    }
}
