/**
 * Reviewers' comments and the per-year registration counter.
 */
package ma.mizan.review.entity;
