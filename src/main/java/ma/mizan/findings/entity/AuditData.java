package ma.mizan.findings.entity;

/** What an auditor states when opening an audit (validated against audit.schema.json before it is bound). */
public record AuditData(long organizationId, Long systemId, String title, String scope) {
}
