package ma.mizan.audit.entity;

/**
 * A change to a record or a workflow action, fired as a CDI event by the component that made it, inside
 * its transaction; the audit trail observes it and appends the entry in that same transaction, so the
 * action and its entry commit or roll back together. {@code before} and {@code after} are JSON (null
 * for a creation or a deletion).
 */
public record Audited(String action, String entityType, String entityId, Long organizationId, String before, String after) {
}
