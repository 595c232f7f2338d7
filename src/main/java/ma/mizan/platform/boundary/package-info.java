/**
 * Cross-cutting REST machinery: the JAX-RS application, the one family of mappers that turns every failure into problem details, the body limit, health checks, query parsing. Never holds business logic.
 */
package ma.mizan.platform.boundary;
