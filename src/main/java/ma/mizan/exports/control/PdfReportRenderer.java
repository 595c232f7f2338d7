package ma.mizan.exports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import ma.mizan.exports.entity.Report;
import ma.mizan.exports.entity.ReportBlock;

/**
 * Renders a {@link Report} as an A4 PDF with the embedded DejaVu Sans fonts (subset), which cover Latin with
 * accents and Arabic presentation forms.
 *
 * <p>Text is wrapped by measured width in logical order, then each line is shaped and reordered
 * ({@link BidiText}); a token wider than the column (a SHA-256 hash) is cut where it must be. Tables continue on
 * the next page under a repeated header row. The footer, with "page n/N", is stamped once every page exists.
 * Page content goes to a temporary-file cache, not the heap, so a long register listing does not fill memory.
 */
public final class PdfReportRenderer {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final float MARGIN_X = 50;
    private static final float MARGIN_TOP = 56;
    private static final float MARGIN_BOTTOM = 60;
    private static final float FOOTER_Y = 30;

    private static final float TITLE_SIZE = 18;
    private static final float SUBTITLE_SIZE = 11;
    private static final float H1_SIZE = 14;
    private static final float H2_SIZE = 11.5f;
    private static final float BODY_SIZE = 10;
    private static final float TABLE_SIZE = 8.5f;
    private static final float FOOTER_SIZE = 7.5f;
    private static final float LEADING = 1.3f;
    private static final float CELL_PADDING = 3;
    private static final float BULLET_INDENT = 12;

    private static final float[] TEXT = {0.1f, 0.1f, 0.1f};
    private static final float[] MUTED = {0.35f, 0.35f, 0.35f};
    private static final float[] RULE = {0.7f, 0.7f, 0.7f};
    private static final float[] HEADER_FILL = {0.9f, 0.92f, 0.95f};

    /** Renders the report and writes the PDF; {@code out} stays open. */
    public void render(Report report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Layout layout = new Layout(document);
            try {
                layout.title(report.title(), report.subtitle());
                for (ReportBlock block : report.blocks()) {
                    layout.block(block);
                }
            } finally {
                layout.close();
            }
            layout.stampFooters(report.footer(), report.pageLabel());
            describe(document, report);
            document.save(new UnclosableOutputStream(out));
        }
        out.flush();
    }

    private static void describe(PDDocument document, Report report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title());
        if (report.subtitle() != null) {
            info.setSubject(report.subtitle());
        }
        if (report.author() != null) {
            info.setAuthor(report.author());
        }
        info.setProducer("Mizan");
        info.setCreator("Mizan");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(report.generatedAt().toEpochMilli());
        info.setCreationDate(created);
    }

    /** A font with the knowledge of which characters it can draw. */
    private static final class Face {
        final PDFont font;
        private final Map<Integer, Boolean> drawable = new HashMap<>();

        Face(PDFont font) {
            this.font = font;
        }

        /** The text with every character the font lacks replaced by '?', rather than failing the whole report. */
        String drawableText(String text) {
            StringBuilder sb = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                boolean ok = cp >= 0x20 && drawable.computeIfAbsent(cp, this::probe);
                if (!ok && sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (sb != null) {
                    if (ok) {
                        sb.appendCodePoint(cp);
                    } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                        sb.append('?');
                    }
                }
                i += n;
            }
            return sb == null ? text : sb.toString();
        }

        private boolean probe(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        float width(String visual, float size) {
            try {
                return font.getStringWidth(drawableText(visual)) * size / 1000f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Width of a logical line once shaped, which is what will be drawn. */
        float logicalWidth(String logical, float size) {
            return width(BidiText.visual(logical, false), size);
        }
    }

    /** The cursor moving down the pages, and what is drawn at it. */
    private static final class Layout {
        private final PDDocument document;
        private final Face regular;
        private final Face bold;
        private final PDRectangle size = PDRectangle.A4;
        private final float contentWidth = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            this.regular = new Face(loadFont(document, "/fonts/DejaVuSans.ttf"));
            this.bold = new Face(loadFont(document, "/fonts/DejaVuSans-Bold.ttf"));
            newPage();
        }

        private static PDFont loadFont(PDDocument document, String resource) throws IOException {
            try (InputStream in = PdfReportRenderer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("font " + resource + " is missing from the classpath");
                }
                return PDType0Font.load(document, in, true);
            }
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN_TOP;
        }

        private float bottom() {
            return MARGIN_BOTTOM;
        }

        private float usableHeight() {
            return size.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        }

        /** Starts a new page unless {@code height} still fits above the bottom margin. */
        private void ensureSpace(float height) throws IOException {
            if (y - height < bottom()) {
                newPage();
            }
        }

        private boolean atTopOfPage() {
            return y >= size.getHeight() - MARGIN_TOP - 0.01f;
        }

        void title(String title, String subtitle) throws IOException {
            paragraph(title, bold, TITLE_SIZE, TEXT);
            if (subtitle != null && !subtitle.isBlank()) {
                y -= 2;
                paragraph(subtitle, regular, SUBTITLE_SIZE, MUTED);
            }
            y -= 6;
            rule(MARGIN_X, y, MARGIN_X + contentWidth);
            y -= 12;
        }

        void block(ReportBlock block) throws IOException {
            if (block instanceof ReportBlock.Heading h) {
                heading(h);
            } else if (block instanceof ReportBlock.Paragraph p) {
                paragraph(p.text(), regular, BODY_SIZE, TEXT);
                y -= BODY_SIZE * 0.6f;
            } else if (block instanceof ReportBlock.KeyValues kv) {
                keyValues(kv);
            } else if (block instanceof ReportBlock.Bullets b) {
                bullets(b);
            } else if (block instanceof ReportBlock.Table t) {
                table(t);
            } else if (block instanceof ReportBlock.PageBreak) {
                if (!atTopOfPage()) {
                    newPage();
                }
            } else if (block instanceof ReportBlock.Sequence sequence) {
                while (sequence.blocks().hasNext()) {
                    block(sequence.blocks().next());
                }
            }
        }

        private void heading(ReportBlock.Heading h) throws IOException {
            float fontSize = h.level() == 1 ? H1_SIZE : H2_SIZE;
            // keep a heading with the first lines that follow it rather than alone at the foot of a page
            ensureSpace(fontSize * LEADING * 2 + BODY_SIZE * LEADING * 3);
            if (!atTopOfPage()) {
                y -= fontSize * 0.6f;
            }
            paragraph(h.text(), bold, fontSize, h.level() == 1 ? TEXT : MUTED);
            if (h.level() == 1) {
                y -= 2;
                rule(MARGIN_X, y, MARGIN_X + contentWidth);
            }
            y -= fontSize * 0.5f;
        }

        private void paragraph(String text, Face face, float fontSize, float[] color) throws IOException {
            boolean rtl = BidiText.mainlyRightToLeft(text);
            float leading = fontSize * LEADING;
            for (String line : wrap(text, face, fontSize, contentWidth)) {
                ensureSpace(leading);
                y -= leading;
                drawLine(line, rtl, face, fontSize, color, MARGIN_X, contentWidth, y + leading * 0.25f);
            }
        }

        private void keyValues(ReportBlock.KeyValues kv) throws IOException {
            float keyWidth = contentWidth * 0.32f;
            float gap = 10;
            float valueX = MARGIN_X + keyWidth + gap;
            float valueWidth = contentWidth - keyWidth - gap;
            float leading = BODY_SIZE * LEADING;
            for (ReportBlock.KeyValue entry : kv.entries()) {
                String value = entry.value() == null || entry.value().isBlank() ? "—" : entry.value();
                List<String> keyLines = wrap(entry.key(), bold, BODY_SIZE, keyWidth);
                List<String> valueLines = wrap(value, regular, BODY_SIZE, valueWidth);
                boolean keyRtl = BidiText.mainlyRightToLeft(entry.key());
                boolean valueRtl = BidiText.mainlyRightToLeft(value);
                int lines = Math.max(keyLines.size(), valueLines.size());
                // a short entry is not split over two pages; a long one continues line by line
                if (lines * leading <= usableHeight() / 3) {
                    ensureSpace(lines * leading);
                }
                for (int i = 0; i < lines; i++) {
                    ensureSpace(leading);
                    y -= leading;
                    float baseline = y + leading * 0.25f;
                    if (i < keyLines.size()) {
                        drawLine(keyLines.get(i), keyRtl, bold, BODY_SIZE, MUTED, MARGIN_X, keyWidth, baseline);
                    }
                    if (i < valueLines.size()) {
                        drawLine(valueLines.get(i), valueRtl, regular, BODY_SIZE, TEXT, valueX, valueWidth, baseline);
                    }
                }
                y -= 2;
            }
            y -= BODY_SIZE * 0.6f;
        }

        private void bullets(ReportBlock.Bullets b) throws IOException {
            float leading = BODY_SIZE * LEADING;
            float textWidth = contentWidth - BULLET_INDENT;
            for (String item : b.items()) {
                boolean rtl = BidiText.mainlyRightToLeft(item);
                List<String> lines = wrap(item, regular, BODY_SIZE, textWidth);
                for (int i = 0; i < lines.size(); i++) {
                    ensureSpace(leading);
                    y -= leading;
                    float baseline = y + leading * 0.25f;
                    float textX = rtl ? MARGIN_X : MARGIN_X + BULLET_INDENT;
                    if (i == 0) {
                        float bulletX = rtl ? MARGIN_X + contentWidth - BULLET_INDENT + 3 : MARGIN_X + 3;
                        show("•", regular, BODY_SIZE, TEXT, bulletX, baseline);
                    }
                    drawLine(lines.get(i), rtl, regular, BODY_SIZE, TEXT, textX, textWidth, baseline);
                }
                y -= 1.5f;
            }
            y -= BODY_SIZE * 0.6f;
        }

        private void table(ReportBlock.Table table) throws IOException {
            List<ReportBlock.Column> columns = table.columns();
            float totalWeight = 0;
            for (ReportBlock.Column c : columns) {
                totalWeight += c.weight();
            }
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = contentWidth * columns.get(i).weight() / totalWeight;
            }
            List<String> headers = new ArrayList<>(columns.size());
            for (ReportBlock.Column c : columns) {
                headers.add(c.header());
            }
            float leading = TABLE_SIZE * LEADING;
            List<List<String>> headerLines = wrapCells(headers, bold, widths);
            float headerHeight = rowHeight(headerLines, leading);
            ensureSpace(headerHeight + leading + 2 * CELL_PADDING);
            drawRow(headerLines, 0, lines(headerLines), widths, bold, true);

            while (table.rows().hasNext()) {
                List<String> row = table.rows().next();
                if (row.size() > columns.size()) {
                    throw new IllegalArgumentException("a report table row has " + row.size() + " cells for "
                            + columns.size() + " columns");
                }
                List<String> cells = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    String cell = i < row.size() ? row.get(i) : null;
                    cells.add(cell == null ? "" : cell);
                }
                List<List<String>> cellLines = wrapCells(cells, regular, widths);
                int total = lines(cellLines);
                float height = total * leading + 2 * CELL_PADDING;
                boolean fitsOnAFreshPage = height + headerHeight <= usableHeight();
                if (y - height < bottom() && fitsOnAFreshPage) {
                    newPage();
                    drawRow(headerLines, 0, lines(headerLines), widths, bold, true);
                }
                // a row taller than a page is cut between lines and continues under the header on the next page
                int from = 0;
                while (from < total) {
                    int fit = (int) Math.floor((y - bottom() - 2 * CELL_PADDING) / leading);
                    if (fit < 1) {
                        newPage();
                        drawRow(headerLines, 0, lines(headerLines), widths, bold, true);
                        continue;
                    }
                    int count = Math.min(fit, total - from);
                    drawRow(cellLines, from, count, widths, regular, false);
                    from += count;
                }
            }
            y -= BODY_SIZE;
        }

        private List<List<String>> wrapCells(List<String> cells, Face face, float[] widths) {
            List<List<String>> wrapped = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                wrapped.add(wrap(cells.get(i), face, TABLE_SIZE, widths[i] - 2 * CELL_PADDING));
            }
            return wrapped;
        }

        private static int lines(List<List<String>> cellLines) {
            int max = 1;
            for (List<String> l : cellLines) {
                max = Math.max(max, l.size());
            }
            return max;
        }

        private static float rowHeight(List<List<String>> cellLines, float leading) {
            return lines(cellLines) * leading + 2 * CELL_PADDING;
        }

        /** Draws lines [from, from + count) of every cell of a row, with its borders, and moves down. */
        private void drawRow(List<List<String>> cellLines, int from, int count, float[] widths, Face face,
                             boolean header) throws IOException {
            float leading = TABLE_SIZE * LEADING;
            float height = count * leading + 2 * CELL_PADDING;
            float top = y;
            float x = MARGIN_X;
            if (header) {
                content.setNonStrokingColor(HEADER_FILL[0], HEADER_FILL[1], HEADER_FILL[2]);
                content.addRect(MARGIN_X, top - height, contentWidth, height);
                content.fill();
            }
            for (int c = 0; c < widths.length; c++) {
                List<String> lines = cellLines.get(c);
                String logicalCell = String.join(" ", lines);
                boolean rtl = BidiText.mainlyRightToLeft(logicalCell);
                for (int i = 0; i < count && from + i < lines.size(); i++) {
                    float baseline = top - CELL_PADDING - (i + 1) * leading + leading * 0.25f;
                    drawLine(lines.get(from + i), rtl, face, TABLE_SIZE, TEXT, x + CELL_PADDING,
                            widths[c] - 2 * CELL_PADDING, baseline);
                }
                content.setStrokingColor(RULE[0], RULE[1], RULE[2]);
                content.setLineWidth(0.5f);
                content.addRect(x, top - height, widths[c], height);
                content.stroke();
                x += widths[c];
            }
            y = top - height;
        }

        private void rule(float x1, float atY, float x2) throws IOException {
            content.setStrokingColor(RULE[0], RULE[1], RULE[2]);
            content.setLineWidth(0.75f);
            content.moveTo(x1, atY);
            content.lineTo(x2, atY);
            content.stroke();
        }

        /** Draws one wrapped logical line, aligned right when its paragraph is mainly right-to-left. */
        private void drawLine(String logical, boolean rtl, Face face, float fontSize, float[] color, float x,
                              float width, float baseline) throws IOException {
            String visual = face.drawableText(BidiText.visual(logical, rtl));
            if (visual.isEmpty()) {
                return;
            }
            float textX = rtl ? x + width - face.width(visual, fontSize) : x;
            show(visual, face, fontSize, color, textX, baseline);
        }

        private void show(String visual, Face face, float fontSize, float[] color, float x, float baseline)
                throws IOException {
            show(content, visual, face, fontSize, color, x, baseline);
        }

        private static void show(PDPageContentStream stream, String visual, Face face, float fontSize,
                                 float[] color, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(face.font, fontSize);
            stream.setNonStrokingColor(color[0], color[1], color[2]);
            stream.newLineAtOffset(x, baseline);
            stream.showText(face.drawableText(visual));
            stream.endText();
        }

        /**
         * Wraps in logical order: words are added while the measured line fits; a word wider than the line on its own
         * is cut by characters. Line breaks in the text are kept.
         */
        private static List<String> wrap(String text, Face face, float fontSize, float maxWidth) {
            List<String> lines = new ArrayList<>();
            String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
            for (String hardLine : normalized.split("\n", -1)) {
                StringBuilder current = new StringBuilder();
                for (String word : hardLine.split(" +")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    String candidate = current.length() == 0 ? word : current + " " + word;
                    if (face.logicalWidth(candidate, fontSize) <= maxWidth) {
                        current.setLength(0);
                        current.append(candidate);
                        continue;
                    }
                    if (current.length() > 0) {
                        lines.add(current.toString());
                        current.setLength(0);
                    }
                    if (face.logicalWidth(word, fontSize) <= maxWidth) {
                        current.append(word);
                    } else {
                        List<String> pieces = cut(word, face, fontSize, maxWidth);
                        lines.addAll(pieces.subList(0, pieces.size() - 1));
                        current.append(pieces.get(pieces.size() - 1));
                    }
                }
                lines.add(current.toString());
            }
            return lines;
        }

        /** Cuts an unbreakable token (a hash, a URL) into pieces that each fit, never inside a surrogate pair. */
        private static List<String> cut(String word, Face face, float fontSize, float maxWidth) {
            List<String> pieces = new ArrayList<>();
            int start = 0;
            while (start < word.length()) {
                int end = start + Character.charCount(word.codePointAt(start));
                while (end < word.length()) {
                    int next = end + Character.charCount(word.codePointAt(end));
                    if (face.logicalWidth(word.substring(start, next), fontSize) > maxWidth) {
                        break;
                    }
                    end = next;
                }
                pieces.add(word.substring(start, end));
                start = end;
            }
            return pieces;
        }

        /** Stamps "footer · page n/N" at the foot of every page, now that N is known. */
        void stampFooters(String footer, String pageLabel) throws IOException {
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                PDPage page = document.getPage(i);
                String pageText = pageLabel + " " + (i + 1) + "/" + total;
                String text = footer.isBlank() ? pageText : footer + " · " + pageText;
                boolean rtl = BidiText.mainlyRightToLeft(text);
                String line = fitWithEllipsis(text, pageText);
                try (PDPageContentStream stream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream.setStrokingColor(RULE[0], RULE[1], RULE[2]);
                    stream.setLineWidth(0.5f);
                    stream.moveTo(MARGIN_X, FOOTER_Y + FOOTER_SIZE * 1.6f);
                    stream.lineTo(MARGIN_X + contentWidth, FOOTER_Y + FOOTER_SIZE * 1.6f);
                    stream.stroke();
                    String visual = regular.drawableText(BidiText.visual(line, rtl));
                    float x = rtl ? MARGIN_X + contentWidth - regular.width(visual, FOOTER_SIZE) : MARGIN_X;
                    show(stream, visual, regular, FOOTER_SIZE, MUTED, x, FOOTER_Y);
                }
            }
        }

        /** Shortens the caller's part of the footer with an ellipsis so the page number always shows. */
        private String fitWithEllipsis(String text, String pageText) {
            if (regular.logicalWidth(text, FOOTER_SIZE) <= contentWidth) {
                return text;
            }
            String head = text.substring(0, text.length() - pageText.length() - 3);
            while (!head.isEmpty()) {
                head = head.substring(0, head.offsetByCodePoints(head.length(), -1));
                String candidate = head + "… · " + pageText;
                if (regular.logicalWidth(candidate, FOOTER_SIZE) <= contentWidth) {
                    return candidate;
                }
            }
            return pageText;
        }
    }
}
