/**
 * The assessment contract (shared/spec/assessment.md): the profile, its enums, the answer. Field names and values here are fixed by the contract: add, never rename.
 */
package ma.mizan.assessment.entity;
