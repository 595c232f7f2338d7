/**
 * Identity REST boundary: login, users and auditors' assignments, API keys, the one authentication mechanism and the
 * deny-by-default access filter. An operation without an access rule is refused to everyone.
 */
package ma.mizan.identity.boundary;
