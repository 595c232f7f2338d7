package ma.mizan.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.assessment.entity.Obligation;
import ma.mizan.assessment.entity.TraceEntry;
import ma.mizan.platform.control.StrictJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the YAML rule cases of src/test/rule-cases/, one file per rule file of rules/ (same relative path,
 * .yaml for .drl). Each case is named by a sentence, gives a profile (role PROVIDER and a name are
 * added when absent) and what must hold of the answer. See src/test/rule-cases/README.md.
 */
class RuleCasesTest {

    static final Path CASES = TestRuleBase.repo().resolve("src/test/rule-cases");
    static final Path RULES = TestRuleBase.repo().resolve("rules");
    private static final Pattern RULE_NAME = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final LocalDate AS_AT = LocalDate.of(2026, 11, 22);

    record Case(Path file, String name, JsonNode profile, JsonNode expect) {
    }

    static List<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CASES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode c : YAML.readTree(f.toFile()).path("cases")) {
                    all.add(new Case(f, c.path("name").asText(), c.path("profile"), c.path("expect")));
                }
            }
        }
        return all;
    }

    static AssessmentResult run(JsonNode profile, String language) {
        ObjectNode p = profile.isObject() ? ((ObjectNode) profile).deepCopy() : YAML.createObjectNode();
        if (!p.has("name")) {
            p.put("name", "case");
        }
        if (!p.has("role")) {
            p.put("role", "PROVIDER");
        }
        AiSystemProfile bound = StrictJson.read(p.toString().getBytes(StandardCharsets.UTF_8), "ai-system-profile", AiSystemProfile.class);
        return TestRuleBase.assessor().assess(bound, AS_AT, Messages.forLanguages(List.of(Locale.forLanguageTag(language))));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHolds() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(CASES.relativize(c.file()) + ": " + c.name(), () -> check(c)));
    }

    private static void check(Case c) {
        AssessmentResult r = run(c.profile(), "en");
        JsonNode e = c.expect();
        Set<String> codes = r.obligations().stream().map(Obligation::code).collect(Collectors.toSet());
        Set<String> fired = r.trace().stream().map(TraceEntry::rule).collect(Collectors.toSet());
        String context = "\nanswer: tier " + r.riskLevel() + ", bases " + r.highRiskBasis() + ", cndp " + r.cndp()
                + ", obligations " + new java.util.TreeSet<>(codes) + "\nfired: " + fired;
        if (e.has("riskLevel")) {
            assertThat(r.riskLevel().name()).as("riskLevel" + context).isEqualTo(e.get("riskLevel").asText());
        }
        if (e.has("highRiskBasis")) {
            assertThat(r.highRiskBasis().stream().map(Enum::name).toList()).as("highRiskBasis" + context)
                    .containsExactlyInAnyOrderElementsOf(texts(e.get("highRiskBasis")));
        }
        if (e.has("derogationApplied")) {
            assertThat(r.derogationApplied()).as("derogationApplied" + context).isEqualTo(e.get("derogationApplied").asBoolean());
        }
        if (e.has("generalPurposeModel")) {
            assertThat(r.generalPurposeModel().name()).as("generalPurposeModel" + context).isEqualTo(e.get("generalPurposeModel").asText());
        }
        JsonNode cndp = e.path("cndp");
        if (cndp.has("applies")) {
            assertThat(r.cndp().applies()).as("cndp.applies" + context).isEqualTo(cndp.get("applies").asBoolean());
        }
        if (cndp.has("filing")) {
            assertThat(r.cndp().filing().name()).as("cndp.filing" + context).isEqualTo(cndp.get("filing").asText());
        }
        if (cndp.has("transfer")) {
            assertThat(r.cndp().transfer().name()).as("cndp.transfer" + context).isEqualTo(cndp.get("transfer").asText());
        }
        assertThat(codes).as("obligations" + context).containsAll(texts(e.path("obligations")));
        List<String> absent = texts(e.path("absentObligations"));
        if (!absent.isEmpty()) {
            assertThat(codes).as("absentObligations" + context).doesNotContainAnyElementsOf(absent);
        }
        if (e.has("obligationsExactly")) {
            assertThat(codes).as("obligationsExactly" + context).containsExactlyInAnyOrderElementsOf(texts(e.get("obligationsExactly")));
        }
        e.path("addressees").fields().forEachRemaining(a -> assertThat(r.obligations().stream()
                .filter(o -> o.code().equals(a.getKey())).map(o -> o.addressee().name()).findFirst())
                .as("addressee of " + a.getKey() + context).contains(a.getValue().asText()));
        assertThat(fired).as("fired" + context).containsAll(texts(e.path("fired")));
        List<String> notFired = texts(e.path("notFired"));
        if (!notFired.isEmpty()) {
            assertThat(fired).as("notFired" + context).doesNotContainAnyElementsOf(notFired);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Map<Path, List<String>> rulesByFile() throws IOException {
        Map<Path, List<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = RULE_NAME.matcher(Files.readString(f));
                List<String> names = new ArrayList<>();
                while (m.find()) {
                    names.add(m.group(1));
                }
                out.put(RULES.relativize(f), names);
            }
        }
        return out;
    }

    @Test
    void everyRuleFileHasACaseFileAndEveryRuleACaseThatFiresItAndOneThatMustNot() throws IOException {
        List<Case> cases = cases();
        List<String> gaps = new ArrayList<>();
        for (var entry : rulesByFile().entrySet()) {
            Path caseFile = CASES.resolve(entry.getKey().toString().replaceAll("\\.drl$", ".yaml"));
            if (!Files.exists(caseFile)) {
                gaps.add(entry.getKey() + ": no case file " + TestRuleBase.repo().relativize(caseFile));
                continue;
            }
            Set<String> firedIn = new HashSet<>();
            Set<String> notFiredIn = new HashSet<>();
            cases.stream().filter(c -> c.file().equals(caseFile)).forEach(c -> {
                firedIn.addAll(texts(c.expect().path("fired")));
                notFiredIn.addAll(texts(c.expect().path("notFired")));
            });
            for (String rule : entry.getValue()) {
                if (!firedIn.contains(rule)) {
                    gaps.add(entry.getKey() + ": no case fires \"" + rule + "\"");
                }
                if (!notFiredIn.contains(rule)) {
                    gaps.add(entry.getKey() + ": no case where \"" + rule + "\" must not fire");
                }
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    @Test
    void everyRuleNamedInACaseExists() throws IOException {
        Set<String> all = new HashSet<>();
        rulesByFile().values().forEach(all::addAll);
        List<String> unknown = new ArrayList<>();
        for (Case c : cases()) {
            for (String r : texts(c.expect().path("fired"))) {
                if (!all.contains(r)) unknown.add(c.name() + ": " + r);
            }
            for (String r : texts(c.expect().path("notFired"))) {
                if (!all.contains(r)) unknown.add(c.name() + ": " + r);
            }
        }
        assertThat(unknown).isEmpty();
    }
}
