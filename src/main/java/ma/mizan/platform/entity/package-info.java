/**
 * Cross-cutting value types of the API: problem details and pages.
 */
package ma.mizan.platform.entity;
