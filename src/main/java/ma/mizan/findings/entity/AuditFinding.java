package ma.mizan.findings.entity;

/**
 * A finding with the audit it belongs to, for reports on an organization or a system. {@code confirmed}
 * separates the auditor's statements from proposals still pending and dismissed ones, which a report
 * must not present as findings.
 */
public record AuditFinding(AuditView audit, FindingView finding, boolean confirmed) {
}
