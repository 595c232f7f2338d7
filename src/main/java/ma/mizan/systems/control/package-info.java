/**
 * AI systems and their immutable assessments: one transaction per operation; optional sample data.
 */
package ma.mizan.systems.control;
