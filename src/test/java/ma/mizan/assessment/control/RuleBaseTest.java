package ma.mizan.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ma.mizan.assessment.entity.facts.LegalRefs;
import ma.mizan.law.entity.LegalText;
import ma.mizan.platform.control.ContentSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule machinery: identity, failure on broken rules, and the traceability the build enforces. */
class RuleBaseTest {

    static final Path RULES = TestRuleBase.repo().resolve("rules");
    static final Path TEXTS = TestRuleBase.repo().resolve("legal-texts");
    private static final Pattern DUTY = Pattern.compile("Duty\\.of\\(\\s*drools\\s*,\\s*\"([A-Z0-9-]+)\"\\s*,\\s*Addressee\\.[A-Z]+\\s*,\\s*\"([a-z0-9-]+)\"");

    @TempDir
    Path tmp;

    Path copyRules() throws IOException {
        Path dir = tmp.resolve("rules");
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path f : files.toList()) {
                Path target = dir.resolve(RULES.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return dir;
    }

    @Test
    void theHashIsDeterministicAndCoversRulesAndLegalTexts() throws IOException {
        String hash = TestRuleBase.get().identity().hash();
        assertThat(hash).matches("[0-9a-f]{64}");
        Path copy = copyRules();
        assertThat(RuleBase.hash(ContentSource.fromDirectory(copy), ContentSource.fromDirectory(TEXTS)))
                .as("same content elsewhere, same hash").isEqualTo(hash);
        Path drl = copy.resolve("ai/scope.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// a comment changes the content\n");
        assertThat(RuleBase.hash(ContentSource.fromDirectory(copy), ContentSource.fromDirectory(TEXTS))).isNotEqualTo(hash);
    }

    @Test
    void theVersionIsTheSemanticVersionInRules() throws IOException {
        assertThat(TestRuleBase.get().identity().version()).isEqualTo(Files.readString(RULES.resolve("VERSION")).strip());
    }

    @Test
    void aRuleThatDoesNotCompileStopsTheBuildWithItsFileAndLine() throws IOException {
        Path copy = copyRules();
        Files.writeString(copy.resolve("ai/broken.drl"), """
                package ma.mizan.rules.ai;
                rule "broken" @legalRef("ma-ai-draft/art-2")
                when
                    NoSuchFact( x == )
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.build(ContentSource.fromDirectory(copy), ContentSource.fromDirectory(TEXTS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not compile").hasMessageContaining("broken.drl");
    }

    @Test
    void aRuleCitingAnArticleThatIsNotInLegalTextsStopsTheBuild() throws IOException {
        Path copy = copyRules();
        Files.writeString(copy.resolve("ai/invented.drl"), """
                package ma.mizan.rules.ai;
                import ma.mizan.assessment.entity.*;
                rule "an invented article" @legalRef("ma-ai-draft/art-999")
                when
                    Scope( availableInMorocco == false, militaryDefenceOrNationalSecurityOnly == true, scientificResearchOnly == true )
                then
                end
                rule "a rule without citation"
                when
                    Scope( availableInMorocco == false, militaryDefenceOrNationalSecurityOnly == true, scientificResearchOnly == true )
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.build(ContentSource.fromDirectory(copy), ContentSource.fromDirectory(TEXTS)))
                .hasMessageContaining("cites ma-ai-draft/art-999").hasMessageContaining("\"a rule without citation\" has no @legalRef");
    }

    @Test
    void everyRuleCitesOnlyUnitsThatExist() {
        RuleBase rb = TestRuleBase.get();
        assertThat(rb.rules()).isNotEmpty();
        rb.rules().forEach(r -> assertThat(LegalRefs.of(r)).as(r.getName()).isNotEmpty()
                .allSatisfy(ref -> assertThat(rb.catalogue().contains(ref)).as(ref).isTrue()));
    }

    @Test
    void everyRuleExplainsItselfInFrench() {
        TestRuleBase.get().rules().forEach(r -> assertThat(r.getMetaData().get("fr")).as("@fr of \"%s\"", r.getName())
                .isNotNull().asString().isNotBlank());
    }

    @Test
    void everyRuleNameStartsWithTheUnitItRestsOn() {
        TestRuleBase.get().rules().forEach(r -> {
            String head = r.getName().split(":")[0];
            assertThat(LegalRefs.of(r)).as("rule \"%s\" is named after a unit it cites", r.getName()).contains(head);
        });
    }

    @Test
    void everyExplanationAndObligationTitleExistsInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = DUTY.matcher(Files.readString(f));
                while (m.find()) {
                    for (String lang : Messages.LANGUAGES) {
                        Messages msg = Messages.forLanguages(List.of(Locale.forLanguageTag(lang)));
                        if (!msg.has("obligation." + m.group(1))) {
                            missing.add(lang + ": obligation." + m.group(1) + " (" + f.getFileName() + ")");
                        }
                        if (!msg.has("because." + m.group(2))) {
                            missing.add(lang + ": because." + m.group(2) + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLegalTextMarkedCitedIsCitedByARuleOrFollowedByACitedUnit() {
        RuleBase rb = TestRuleBase.get();
        Set<String> cited = new HashSet<>();
        rb.rules().forEach(r -> cited.addAll(LegalRefs.of(r)));
        Set<String> used = new HashSet<>(cited);
        for (String id : cited) {
            LegalText t = rb.catalogue().find(id).orElseThrow();
            if (t.follows() != null) {
                used.add(t.follows());
            }
        }
        List<String> unused = rb.catalogue().all().stream()
                .filter(t -> "cited".equals(t.use()) && !used.contains(t.id()))
                .map(LegalText::id).toList();
        assertThat(unused).as("units marked `use: cited` that no rule cites (mark them `use: context` or cite them)").isEmpty();
    }

    @Test
    void workingModelUnitsSayWhatTheyFollowAndThatTheyAreAWorkingModel() {
        TestRuleBase.get().catalogue().all().stream().filter(LegalText::isWorkingModel).forEach(t -> {
            assertThat(t.follows()).as(t.id()).startsWith("eu-ai-act/");
            assertThat(t.summary().get("en")).as(t.id()).containsIgnoringCase("working model");
            assertThat(t.summary().get("fr")).as(t.id()).containsIgnoringCase("modèle de travail");
        });
    }
}
