package ma.mizan.systems.entity;

import ma.mizan.assessment.entity.AssessmentResult;

/**
 * Fired (synchronously, inside the transaction that stores it) for every new stored assessment, whether
 * asked for by the organization or made by a re-assessment run, so that what follows from an assessment
 * (obligation tracking) commits or rolls back with it. {@code actor} names who or what caused it.
 */
public record AssessmentStored(Assessment assessment, AssessmentResult result, String actor) {
}
