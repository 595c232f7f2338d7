/**
 * The REST API of audits and findings under /api/v1/audits. Decides who may do what (the audit's own
 * auditor works on it, the organization answers its findings, readers see their organizations' audits);
 * holds no logic of its own.
 */
package ma.mizan.findings.boundary;
