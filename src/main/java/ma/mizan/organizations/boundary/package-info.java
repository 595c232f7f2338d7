/**
 * REST resource for organizations: thin, one call into the control per request.
 */
package ma.mizan.organizations.boundary;
