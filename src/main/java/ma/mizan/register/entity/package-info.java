/**
 * A register entry (public fields) and a report from the public.
 */
package ma.mizan.register.entity;
