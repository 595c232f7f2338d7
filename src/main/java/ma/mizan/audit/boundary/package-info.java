/**
 * The audit trail over HTTP: read-only entries, chain verification, the public key.
 */
package ma.mizan.audit.boundary;
