/**
 * What an export is made of: tables whose rows arrive lazily, the document model of a PDF report and the manifest
 * of a signed bundle. Plain values only; nothing here reads the database or holds all the rows of a table.
 */
package ma.mizan.exports.entity;
