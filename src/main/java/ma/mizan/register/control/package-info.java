/**
 * The register read model over registered versions, and reports from the public.
 */
package ma.mizan.register.control;
