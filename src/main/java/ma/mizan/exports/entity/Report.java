package ma.mizan.exports.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A PDF report as a list of blocks, plus what every page carries: a footer line such as
 * "Rule base 0.1.0 · sha256 ab12… · generated 2026-12-02T10:00Z", to which the renderer appends
 * " · page 3/7" with the caller's word for "page".
 *
 * <p>A report holding a {@link ReportBlock.Table} over lazy rows can be rendered once only.
 */
public record Report(String title, String subtitle, List<ReportBlock> blocks, String footer, String pageLabel,
                     Instant generatedAt, String author) {

    public Report {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        footer = footer == null ? "" : footer;
        pageLabel = pageLabel == null ? "page" : pageLabel;
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects blocks in reading order. */
    public static final class Builder {
        private final String title;
        private String subtitle;
        private final List<ReportBlock> blocks = new ArrayList<>();
        private String footer = "";
        private String pageLabel = "page";
        private Instant generatedAt = Instant.now();
        private String author;

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder footer(String footer) {
            this.footer = footer;
            return this;
        }

        public Builder pageLabel(String pageLabel) {
            this.pageLabel = pageLabel;
            return this;
        }

        public Builder generatedAt(Instant generatedAt) {
            this.generatedAt = generatedAt;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder heading(String text) {
            return add(new ReportBlock.Heading(text, 1));
        }

        public Builder subheading(String text) {
            return add(new ReportBlock.Heading(text, 2));
        }

        public Builder paragraph(String text) {
            return add(new ReportBlock.Paragraph(text));
        }

        public Builder keyValues(List<ReportBlock.KeyValue> entries) {
            return add(new ReportBlock.KeyValues(entries));
        }

        public Builder bullets(List<String> items) {
            return add(new ReportBlock.Bullets(items));
        }

        public Builder table(List<ReportBlock.Column> columns, Iterator<? extends List<String>> rows) {
            return add(new ReportBlock.Table(columns, rows));
        }

        public Builder pageBreak() {
            return add(new ReportBlock.PageBreak());
        }

        public Builder add(ReportBlock block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Report build() {
            return new Report(title, subtitle, blocks, footer, pageLabel, generatedAt, author);
        }
    }
}
