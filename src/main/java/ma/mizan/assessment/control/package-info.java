/**
 * The rule machinery: builds the KIE base once from rules/ and legal-texts/, assesses a profile in its own session, records the trace, renders texts in English or French. Never touches the database.
 */
package ma.mizan.assessment.control;
