/**
 * REST operations for exports (direct download as a signed bundle, background jobs, the public key for
 * offline verification) and the rules of who may export what. Never streams a record the caller may not read.
 */
package ma.mizan.exports.boundary;
