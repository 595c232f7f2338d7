/**
 * Workflow actions in one transaction each, registration numbers (sequential per year, never reused), the queue.
 */
package ma.mizan.review.control;
