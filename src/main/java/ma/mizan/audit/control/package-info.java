/**
 * Appends audited events to the hash chain in the same transaction as the action, signs checkpoints, verifies. Never
 * updates or deletes an entry.
 */
package ma.mizan.audit.control;
