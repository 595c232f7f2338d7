package ma.mizan.assessment.entity;

/** The rule base and legal texts an assessment used: semantic version and SHA-256 over their content. */
public record RuleBaseIdentity(String version, String hash) {
}
