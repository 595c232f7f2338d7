package ma.mizan.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import ma.mizan.platform.control.ContentSource;
import ma.mizan.platform.control.StartupFailure;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the rule base once, when the application starts, from the rules and legal texts packaged in
 * the application, or from external folders a regulator configures (mizan.rules.dir,
 * mizan.legal-texts.dir) to update rules without a rebuild. A rule that does not compile, or cites a
 * text that does not exist, stops the start-up with the error: the service never runs on a broken base.
 */
@ApplicationScoped
public class RuleEngine {

    private static final Logger LOG = Logger.getLogger(RuleEngine.class.getName());
    static final String PACKAGED_RULES = "mizan/rules";
    static final String PACKAGED_LEGAL_TEXTS = "mizan/legal-texts";

    @Inject
    @ConfigProperty(name = "mizan.rules.dir")
    Optional<String> rulesDir;

    @Inject
    @ConfigProperty(name = "mizan.legal-texts.dir")
    Optional<String> legalTextsDir;

    private volatile Assessor assessor;

    void build(@Observes @Initialized(ApplicationScoped.class) Object started) {
        assessor();
    }

    private synchronized Assessor build() {
        if (assessor != null) {
            return assessor;
        }
        long t0 = System.nanoTime();
        ClassLoader loader = RuleEngine.class.getClassLoader();
        ContentSource rules;
        ContentSource texts;
        try {
            rules = rulesDir.filter(s -> !s.isBlank()).map(d -> ContentSource.fromDirectory(Path.of(d)))
                .orElseGet(() -> ContentSource.fromClasspath(PACKAGED_RULES, loader));
            texts = legalTextsDir.filter(s -> !s.isBlank()).map(d -> ContentSource.fromDirectory(Path.of(d)))
                    .orElseGet(() -> ContentSource.fromClasspath(PACKAGED_LEGAL_TEXTS, loader));
        } catch (RuntimeException e) {
            throw StartupFailure.fatal("the rules or legal-texts folder cannot be read", e);
        }
        RuleBase ruleBase;
        try {
            ruleBase = RuleBase.build(rules, texts);
        } catch (RuntimeException e) {
            throw StartupFailure.fatal("the rule base in " + rules.origin() + " cannot be built", e);
        }
        Assessor built = new Assessor(ruleBase);
        LOG.info(() -> String.format("Mizan rule base %s (sha256 %s): %d rules from %s, %d legal texts from %s, built in %d ms",
                ruleBase.identity().version(), ruleBase.identity().hash(), ruleBase.rules().size(), rules.origin(),
                ruleBase.catalogue().all().size(), texts.origin(), (System.nanoTime() - t0) / 1_000_000));
        assessor = built;
        return built;
    }

    /** The assessor on the rule base, built once (callers arriving while it is being built wait for it). */
    public Assessor assessor() {
        Assessor a = assessor;
        return a != null ? a : build();
    }

    public boolean ready() {
        return assessor != null;
    }

    public RuleBase ruleBase() {
        return assessor().ruleBase();
    }
}
