/**
 * Loads and checks legal-texts/: IDs, front matter, both summaries, the adequacy list. A broken catalogue is never half-loaded.
 */
package ma.mizan.law.control;
