/**
 * Obligation tracking records: where an organization stands on each obligation of its systems, the
 * history of each, and the evidence it holds. Never decides what is owed: that comes from assessments.
 */
package ma.mizan.compliance.entity;
