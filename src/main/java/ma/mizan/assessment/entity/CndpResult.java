package ma.mizan.assessment.entity;

/** The Law 09-08 side of an assessment (contract: cndp). */
public record CndpResult(boolean applies, Filing filing, Filing transfer) {
}
