/**
 * The Organization aggregate and its ICE value object.
 */
package ma.mizan.organizations.entity;
