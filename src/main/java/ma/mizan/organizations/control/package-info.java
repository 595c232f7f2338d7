/**
 * Creates, replaces and deletes organizations in one transaction each, with optimistic locking.
 */
package ma.mizan.organizations.control;
