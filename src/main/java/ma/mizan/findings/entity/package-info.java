/**
 * Auditors' engagements and their findings: the audit and finding aggregates with their state machines,
 * the rule that turns an obligation's tracking into a proposed finding, and the read models other
 * components (exports) rely on. Never changes obligation tracking or evidence: it only reads them.
 */
package ma.mizan.findings.entity;
