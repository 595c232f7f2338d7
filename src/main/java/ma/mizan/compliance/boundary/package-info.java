/**
 * REST resources for obligation tracking: status and evidence per obligation, the obligation calendar (JSON
 * and iCalendar), and the check of the evidence file store. Thin: access, parsing, one call into the control.
 */
package ma.mizan.compliance.boundary;
