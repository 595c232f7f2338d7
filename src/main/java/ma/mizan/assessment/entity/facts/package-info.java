/**
 * The vocabulary of the rule base: facts inserted from a profile and facts the rules derive. Rules conclude only by logical insertion of these.
 */
package ma.mizan.assessment.entity.facts;
