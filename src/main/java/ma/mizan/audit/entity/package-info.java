/**
 * Audit entries, the head of the chain, signed checkpoints, and the Audited event other components fire.
 */
package ma.mizan.audit.entity;
