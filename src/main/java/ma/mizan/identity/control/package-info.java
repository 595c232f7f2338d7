/**
 * Users, passwords, tokens, API keys and the current caller with what it may see. Another organization's record
 * is never returned: it answers 404.
 */
package ma.mizan.identity.control;
