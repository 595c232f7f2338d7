/**
 * A legal unit and the CNDP adequacy list, as loaded from legal-texts/.
 */
package ma.mizan.law.entity;
