/**
 * The public self-check and the description of the running rule base. Stores nothing.
 */
package ma.mizan.assessment.boundary;
