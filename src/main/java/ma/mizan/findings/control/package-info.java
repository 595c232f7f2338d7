/**
 * Opens and closes audits, records, proposes and decides findings, takes the organization's responses, each
 * in one transaction that also fires the audit-trail event; and the read models for exports. Checks no
 * access (the boundary does) and never changes obligation tracking.
 */
package ma.mizan.findings.control;
