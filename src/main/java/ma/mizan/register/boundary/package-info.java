/**
 * The public register: anonymous, read-only, public fields only (restricted classifications withheld), JSON and CSV,
 * and the channel to report an error. Never shows a draft, a rejected filing or a non-public field.
 */
package ma.mizan.register.boundary;
