/**
 * The registration workflow, the regulator's queue and dashboard counts. Transitions live in the AiSystem aggregate;
 * this component never changes a system except through them.
 */
package ma.mizan.review.boundary;
