/**
 * Keeps obligation tracking in step with assessments, changes status and evidence, stores evidence files,
 * and computes what is due when. Never classifies a system and never changes an assessment.
 */
package ma.mizan.compliance.control;
