package ma.mizan.assessment.control;

import java.nio.file.Path;
import ma.mizan.platform.control.ContentSource;

/** The repository's own rules/ and legal-texts/, compiled once for all unit tests. */
public final class TestRuleBase {

    private static RuleBase ruleBase;

    private TestRuleBase() {
    }

    public static Path repo() {
        return Path.of(System.getProperty("mizan.repo", "."));
    }

    public static synchronized RuleBase get() {
        if (ruleBase == null) {
            ruleBase = RuleBase.build(ContentSource.fromDirectory(repo().resolve("rules")),
                    ContentSource.fromDirectory(repo().resolve("legal-texts")));
        }
        return ruleBase;
    }

    public static Assessor assessor() {
        return new Assessor(get());
    }
}
