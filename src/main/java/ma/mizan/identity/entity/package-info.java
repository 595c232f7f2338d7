/**
 * Users, roles, auditors' assignments, API keys and instance keys. Passwords and keys are stored only as hashes.
 */
package ma.mizan.identity.entity;
