/**
 * Read-only REST access to the legal texts. Never changes a text: the catalogue comes from legal-texts/ only.
 */
package ma.mizan.law.boundary;
