/**
 * Cross-cutting services: strict JSON (schema validation before binding), the data source and its Flyway migrations, content folders, preconditions, clock, start-up banner. Knows no business component.
 */
package ma.mizan.platform.control;
