package ma.mizan.law.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ma.mizan.platform.control.ContentSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegalCatalogueTest {

    static final String COUNTRIES = """
            id: adequate-countries
            sources: [ma-cndp-465-2013/whole]
            countries:
              - {code: FR, name: France, status: reported}
              - {code: "NO", name: Norway, status: reported}
            """;

    @TempDir
    Path dir;

    void write(String path, String content) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    static String unit(String id, String status, String extra) {
        return """
                ---
                id: %s
                instrument: %s
                number: "1"
                title: {fr: "Titre", en: "Title"}
                status: %s
                valid_from: 2009-03-05
                source: "BO n° 5714 du 5 mars 2009"
                %s
                ---
                ## Français
                Résumé.

                ## English
                Summary.
                """.formatted(id, id.split("/")[0], status, extra);
    }

    @Test
    void loadsUnitsTheirSectionsAndTheAdequacyList() throws IOException {
        write("ma-cndp-465-2013/whole.md", unit("ma-cndp-465-2013/whole", "in-force", ""));
        write("data/adequate-countries.yaml", COUNTRIES);
        LegalCatalogue c = LegalCatalogue.load(ContentSource.fromDirectory(dir));
        var t = c.find("ma-cndp-465-2013/whole").orElseThrow();
        assertThat(t.summary()).containsEntry("fr", "Résumé.").containsEntry("en", "Summary.");
        assertThat(t.title("ar")).as("falls back to English").isEqualTo("Title");
        assertThat(c.adequateCountries()).extracting(a -> a.code()).containsExactly("FR", "NO");
    }

    @Test
    void refusesAnIdThatIsNotItsPathAWorkingModelWithoutFollowsAndAMissingLanguage() throws IOException {
        write("ma-cndp-465-2013/whole.md", unit("ma-cndp-465-2013/whole", "in-force", ""));
        write("data/adequate-countries.yaml", COUNTRIES);
        write("ma-law-09-08/art-1.md", unit("ma-law-09-08/art-2", "in-force", ""));
        write("ma-ai-draft/art-5.md", unit("ma-ai-draft/art-5", "draft-working-model", ""));
        write("ma-law-09-08/art-3.md", unit("ma-law-09-08/art-3", "in-force", "").replace("## English\nSummary.\n", ""));
        write("ma-law-09-08/art-4.md", unit("ma-law-09-08/art-4", "repealed", ""));
        assertThatThrownBy(() -> LegalCatalogue.load(ContentSource.fromDirectory(dir)))
                .hasMessageContaining("does not match its path")
                .hasMessageContaining("must say which EU AI Act unit it follows")
                .hasMessageContaining("'## English'")
                .hasMessageContaining("status repealed");
    }
}
