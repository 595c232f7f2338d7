/**
 * Writes exports: CSV, XLSX and JSON tables, PDF reports, the Annex VIII registration record, and the signed ZIP
 * bundle that carries them, with its verifier. Plain Java, no container. Rows are streamed through, never collected;
 * a writer never closes the stream it is given unless its documentation says so.
 */
package ma.mizan.exports.control;
