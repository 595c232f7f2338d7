package ma.mizan.law.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One legal unit of {@code legal-texts/}: an article, a paragraph, an annex point, or an instrument
 * cited as a whole. The body is our own summary, never the official text, which {@code source} names.
 */
public record LegalText(
        String id,
        String instrument,
        String number,
        Map<String, String> title,
        String status,
        LocalDate validFrom,
        String source,
        String eli,
        String follows,
        String partOf,
        String use,
        List<String> uncertain,
        Map<String, String> summary) {

    public static final String WORKING_MODEL = "draft-working-model";

    public boolean isWorkingModel() {
        return WORKING_MODEL.equals(status);
    }

    /** The title in the requested language, English when that language has none. */
    public String title(String language) {
        return title.getOrDefault(language, title.getOrDefault("en", id));
    }
}
