package ma.mizan.assessment.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ma.mizan.assessment.entity.RuleBaseIdentity;
import ma.mizan.assessment.entity.facts.LegalRefs;
import ma.mizan.law.control.LegalCatalogue;
import ma.mizan.platform.control.ContentSource;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled rule base: the DRL files of {@code rules/} built once into a KIE base, with the legal
 * catalogue its rules cite. Building fails, with every message, when a rule does not compile, lacks its
 * {@code @legalRef} metadata or cites a unit that is not in {@code legal-texts/}. The KIE base is
 * immutable and thread-safe; every assessment opens its own short-lived session on it.
 */
public final class RuleBase {

    private static final Pattern SEMVER = Pattern.compile("^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$");

    private final KieBase kieBase;
    private final LegalCatalogue catalogue;
    private final RuleBaseIdentity identity;
    private final String origin;

    private RuleBase(KieBase kieBase, LegalCatalogue catalogue, RuleBaseIdentity identity, String origin) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.identity = identity;
        this.origin = origin;
    }

    public static RuleBase build(ContentSource rules, ContentSource legalTexts) {
        LegalCatalogue catalogue = LegalCatalogue.load(legalTexts);
        if (!rules.contains("VERSION")) {
            throw new IllegalStateException(rules.origin() + ": missing VERSION (the rule base's semantic version)");
        }
        String version = rules.text("VERSION").strip();
        if (!SEMVER.matcher(version).matches()) {
            throw new IllegalStateException(rules.origin() + ": VERSION '" + version + "' is not a semantic version");
        }
        String hash = hash(rules, legalTexts);
        ClassLoader loader = RuleBase.class.getClassLoader();
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("ma.mizan", "rule-base", version + "-" + hash.substring(0, 12));
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        int drl = 0;
        for (Map.Entry<String, byte[]> file : rules.files().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                // under the folder of the rules' package (ma.mizan.rules.ai -> ma/mizan/rules/ai), as Drools expects
                kfs.write("src/main/resources/ma/mizan/rules/" + file.getKey(), file.getValue());
                drl++;
            }
        }
        if (drl == 0) {
            throw new IllegalStateException(rules.origin() + ": no .drl file");
        }
        KieBuilder builder = ks.newKieBuilder(kfs, loader).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("the rule base in " + rules.origin() + " does not compile:");
            errors.forEach(m -> sb.append("\n  ").append(m.getPath()).append(" line ").append(m.getLine()).append(": ").append(m.getText()));
            throw new IllegalStateException(sb.toString());
        }
        KieBase kieBase = ks.newKieContainer(releaseId, loader).getKieBase();
        List<String> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                List<String> refs = LegalRefs.of(rule);
                if (refs.isEmpty()) {
                    problems.add("rule \"" + rule.getName() + "\" has no @legalRef");
                }
                refs.stream().filter(r -> !catalogue.contains(r))
                        .forEach(r -> problems.add("rule \"" + rule.getName() + "\" cites " + r + ", which is not in legal-texts/"));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the rule base in " + rules.origin() + " is not traceable:\n  " + String.join("\n  ", problems));
        }
        return new RuleBase(kieBase, catalogue, new RuleBaseIdentity(version, hash), rules.origin());
    }

    /**
     * SHA-256 over the content of rules/ and legal-texts/: each file contributes its folder, relative
     * path and bytes, in sorted order, so the hash depends on content only (not on time or location).
     */
    static String hash(ContentSource rules, ContentSource legalTexts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var folder : List.of(Map.entry("rules/", rules), Map.entry("legal-texts/", legalTexts))) {
                for (Map.Entry<String, byte[]> file : folder.getValue().files().entrySet()) {
                    sha.update((folder.getKey() + file.getKey()).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(Long.toString(file.getValue().length).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(file.getValue());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public LegalCatalogue catalogue() {
        return catalogue;
    }

    public RuleBaseIdentity identity() {
        return identity;
    }

    public String origin() {
        return origin;
    }

    /** Every rule, as {name -> legal references}, for traceability checks and the API. */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> all.addAll(p.getRules()));
        return all;
    }
}
