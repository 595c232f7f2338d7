package ma.mizan.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.assessment.entity.Obligation;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Independent scenario suite: realistic AI systems (a bank's credit scoring, a police face-recognition
 * system, an LLM provider, a sous-traitant hosting HR data, ...) whose expected assessment was written
 * from shared/spec/assessment.md (its Decisions 1-13) and the legal digest, never recorded from the engine.
 * One YAML file per theme under src/test/scenarios/; each scenario gives a full profile (with name and
 * role) and the same expectation keys as the rule cases (src/test/rule-cases/README.md), without
 * fired/notFired: the scenarios know the law, not the rule names.
 */
class ScenarioTest {

    static final Path SCENARIOS = TestRuleBase.repo().resolve("src/test/scenarios");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The contract's use-area codes (shared/spec/assessment.md, "Use-area codes"). */
    static final List<String> USE_AREAS = List.of("CRITICAL_INFRASTRUCTURE_SAFETY", "EDUCATION_ACCESS",
            "EDUCATION_EVALUATION", "EDUCATION_LEVEL", "EDUCATION_TEST_MONITORING", "EMPLOYMENT_RECRUITMENT",
            "EMPLOYMENT_MANAGEMENT", "PUBLIC_BENEFITS", "CREDITWORTHINESS", "LIFE_HEALTH_INSURANCE",
            "EMERGENCY_TRIAGE", "LAW_ENFORCEMENT_VICTIM_RISK", "LAW_ENFORCEMENT_POLYGRAPH", "LAW_ENFORCEMENT_EVIDENCE",
            "LAW_ENFORCEMENT_OFFENDING_RISK", "LAW_ENFORCEMENT_PROFILING", "MIGRATION_POLYGRAPH", "MIGRATION_RISK",
            "MIGRATION_APPLICATIONS", "MIGRATION_IDENTIFICATION", "JUSTICE", "ELECTIONS",
            "FINANCIAL_FRAUD_DETECTION", "CAMPAIGN_LOGISTICS", "TRAVEL_DOCUMENT_VERIFICATION", "OTHER");

    /** The contract's roles. */
    static final List<String> ROLES = List.of("PROVIDER", "DEPLOYER", "PROVIDER_AND_DEPLOYER", "IMPORTER", "DISTRIBUTOR");

    /** The contract's obligation codes: AI law, Law 09-08 / CNDP, and PROCESSOR-DUTIES added by Decision 10. */
    static final List<String> OBLIGATION_CODES = List.of(
            "AI-LITERACY", "CEASE-PROHIBITED-PRACTICE", "LAW-ENFORCEMENT-AUTHORISATION",
            "RISK-MANAGEMENT", "DATA-GOVERNANCE", "TECHNICAL-DOCUMENTATION", "RECORD-KEEPING", "INSTRUCTIONS-FOR-USE",
            "HUMAN-OVERSIGHT-DESIGN", "ACCURACY-ROBUSTNESS-SECURITY", "QUALITY-MANAGEMENT", "CONFORMITY-ASSESSMENT",
            "DECLARATION-OF-CONFORMITY", "REGISTRATION", "POST-MARKET-MONITORING", "INCIDENT-REPORTING",
            "DEPLOYER-DUE-DILIGENCE", "INFORM-WORKERS", "INFORM-AFFECTED-PERSONS", "FRIA", "DEPLOYER-REGISTRATION",
            "RIGHT-TO-EXPLANATION", "IMPORTER-CHECKS", "DISTRIBUTOR-CHECKS", "NOT-HIGH-RISK-DOCUMENTATION",
            "DISCLOSE-AI-INTERACTION", "MARK-SYNTHETIC-CONTENT", "DISCLOSE-EMOTION-BIOMETRIC", "DISCLOSE-DEEP-FAKE",
            "DISCLOSE-AI-TEXT", "GPAI-DOCUMENTATION", "GPAI-COPYRIGHT-POLICY", "GPAI-TRAINING-SUMMARY",
            "GPAI-SYSTEMIC-NOTIFICATION", "GPAI-SYSTEMIC-RISK-MITIGATION",
            "CNDP-PRIOR-DECLARATION", "CNDP-PRIOR-AUTHORISATION", "CNDP-TRANSFER-DECLARATION",
            "CNDP-TRANSFER-AUTHORISATION", "DATA-QUALITY-AND-RETENTION", "LAWFUL-BASIS", "INFORM-DATA-SUBJECTS",
            "DATA-SUBJECT-RIGHTS", "SECURITY-MEASURES", "SENSITIVE-DATA-SECURITY", "EXPRESS-CONSENT-SENSITIVE",
            "NO-SOLELY-AUTOMATED-DECISION", "DIRECT-MARKETING-CONSENT", "VIDEO-SURVEILLANCE-RULES", "PROCESSOR-DUTIES");

    private static final Set<String> SCENARIO_KEYS = Set.of("name", "decidedBy", "note", "profile", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("riskLevel", "highRiskBasis", "derogationApplied",
            "generalPurposeModel", "cndp", "obligations", "absentObligations", "obligationsExactly", "addressees");

    record Scenario(Path file, String name, JsonNode raw, JsonNode profile, JsonNode expect) {
    }

    static List<Scenario> scenarios() throws IOException {
        List<Scenario> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode s : YAML.readTree(f.toFile()).path("scenarios")) {
                    all.add(new Scenario(f, s.path("name").asText(), s, s.path("profile"), s.path("expect")));
                }
            }
        }
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioHolds() throws IOException {
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
    }

    /** The same semantics as RuleCasesTest.check, without fired/notFired; every mismatch is reported at once. */
    private static void check(Scenario s) {
        AssessmentResult r = RuleCasesTest.run(s.profile(), "en");
        JsonNode e = s.expect();
        Set<String> codes = r.obligations().stream().map(Obligation::code).collect(Collectors.toSet());
        String context = "\n  scenario: " + SCENARIOS.relativize(s.file()) + ": " + s.name()
                + "\n  decided by: " + s.raw().path("decidedBy").asText()
                + "\n  answer: " + describe(r);
        SoftAssertions soft = new SoftAssertions();
        if (e.has("riskLevel")) {
            soft.assertThat(r.riskLevel().name()).as("riskLevel" + context).isEqualTo(e.get("riskLevel").asText());
        }
        if (e.has("highRiskBasis")) {
            soft.assertThat(r.highRiskBasis().stream().map(Enum::name).toList()).as("highRiskBasis" + context)
                    .containsExactlyInAnyOrderElementsOf(texts(e.get("highRiskBasis")));
        }
        if (e.has("derogationApplied")) {
            soft.assertThat(r.derogationApplied()).as("derogationApplied" + context)
                    .isEqualTo(e.get("derogationApplied").asBoolean());
        }
        if (e.has("generalPurposeModel")) {
            soft.assertThat(r.generalPurposeModel().name()).as("generalPurposeModel" + context)
                    .isEqualTo(e.get("generalPurposeModel").asText());
        }
        JsonNode cndp = e.path("cndp");
        if (cndp.has("applies")) {
            soft.assertThat(r.cndp().applies()).as("cndp.applies" + context).isEqualTo(cndp.get("applies").asBoolean());
        }
        if (cndp.has("filing")) {
            soft.assertThat(r.cndp().filing().name()).as("cndp.filing" + context).isEqualTo(cndp.get("filing").asText());
        }
        if (cndp.has("transfer")) {
            soft.assertThat(r.cndp().transfer().name()).as("cndp.transfer" + context).isEqualTo(cndp.get("transfer").asText());
        }
        soft.assertThat(codes).as("obligations" + context).containsAll(texts(e.path("obligations")));
        List<String> absent = texts(e.path("absentObligations"));
        if (!absent.isEmpty()) {
            soft.assertThat(codes).as("absentObligations" + context).doesNotContainAnyElementsOf(absent);
        }
        if (e.has("obligationsExactly")) {
            soft.assertThat(codes).as("obligationsExactly" + context)
                    .containsExactlyInAnyOrderElementsOf(texts(e.get("obligationsExactly")));
        }
        e.path("addressees").fields().forEachRemaining(a -> soft.assertThat(r.obligations().stream()
                        .filter(o -> o.code().equals(a.getKey())).map(o -> o.addressee().name()).findFirst())
                .as("addressee of " + a.getKey() + context).isEqualTo(Optional.of(a.getValue().asText())));
        soft.assertAll();
    }

    private static String describe(AssessmentResult r) {
        return "tier " + r.riskLevel() + ", bases " + r.highRiskBasis() + ", derogationApplied " + r.derogationApplied()
                + ", generalPurposeModel " + r.generalPurposeModel()
                + ", cndp {applies " + r.cndp().applies() + ", filing " + r.cndp().filing() + ", transfer " + r.cndp().transfer() + "}"
                + "\n  obligations: " + r.obligations().stream().map(o -> o.code() + "->" + o.addressee())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theSuiteHasAtLeast80ScenariosAndCoversEveryUseAreaRoleAndObligationCode() throws IOException {
        List<Scenario> all = scenarios();
        assertThat(all).as("scenarios in " + SCENARIOS).hasSizeGreaterThanOrEqualTo(80);

        Set<String> areas = new HashSet<>();
        Set<String> roles = new HashSet<>();
        Set<String> expected = new HashSet<>();
        for (Scenario s : all) {
            areas.addAll(texts(s.profile().path("useAreas")));
            roles.add(s.profile().path("role").asText());
            expected.addAll(texts(s.expect().path("obligations")));
            expected.addAll(texts(s.expect().path("obligationsExactly")));
        }
        assertThat(areas).as("use-area codes appearing in some profile").containsAll(USE_AREAS);
        assertThat(roles).as("roles appearing in some profile").containsAll(ROLES);
        assertThat(expected).as("obligation codes required by some scenario (obligations or obligationsExactly)")
                .containsAll(OBLIGATION_CODES);
    }

    /** Guards the suite itself: a typo in an expectation must not make it pass silently. */
    @Test
    void everyScenarioIsWellFormed() throws IOException {
        List<Scenario> all = scenarios();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> knownCodes = new LinkedHashSet<>(OBLIGATION_CODES);
        int exact = 0;
        for (Scenario s : all) {
            String id = SCENARIOS.relativize(s.file()) + ": " + s.name();
            if (s.name().isBlank() || !names.add(s.name())) problems.add(id + ": missing or duplicate name");
            s.raw().fieldNames().forEachRemaining(k -> {
                if (!SCENARIO_KEYS.contains(k)) problems.add(id + ": unknown key " + k);
            });
            s.expect().fieldNames().forEachRemaining(k -> {
                if (!EXPECT_KEYS.contains(k)) problems.add(id + ": unknown expect key " + k);
            });
            if (!s.raw().path("decidedBy").isTextual()) problems.add(id + ": no decidedBy");
            if (!s.profile().path("name").isTextual()) problems.add(id + ": the profile gives no name");
            if (!ROLES.contains(s.profile().path("role").asText())) problems.add(id + ": the profile gives no valid role");
            for (String k : List.of("riskLevel", "generalPurposeModel")) {
                if (!s.expect().has(k)) problems.add(id + ": expect has no " + k);
            }
            for (String k : List.of("applies", "filing", "transfer")) {
                if (!s.expect().path("cndp").has(k)) problems.add(id + ": expect has no cndp." + k);
            }
            List<String> listed = new ArrayList<>();
            listed.addAll(texts(s.expect().path("obligations")));
            listed.addAll(texts(s.expect().path("absentObligations")));
            listed.addAll(texts(s.expect().path("obligationsExactly")));
            s.expect().path("addressees").fieldNames().forEachRemaining(listed::add);
            if (texts(s.expect().path("obligations")).size() + texts(s.expect().path("absentObligations")).size()
                    + texts(s.expect().path("obligationsExactly")).size() < 3 && !s.expect().has("obligationsExactly")) {
                problems.add(id + ": fewer than 3 key obligations or absences");
            }
            for (String c : listed) {
                if (!knownCodes.contains(c)) problems.add(id + ": unknown obligation code " + c);
            }
            if (s.expect().has("obligationsExactly")) exact++;
        }
        if (exact < 10) problems.add("only " + exact + " scenarios use obligationsExactly (at least 10 wanted)");
        assertThat(problems).as("malformed scenarios").isEmpty();
    }
}
