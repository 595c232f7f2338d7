/**
 * REST resources for AI systems and their stored assessments.
 */
package ma.mizan.systems.boundary;
