package ma.mizan.findings.entity;

/** What an auditor states when recording a finding (validated against finding.schema.json before it is bound). */
public record FindingData(Severity severity, Long systemId, Long trackingId, String obligationCode, String legalRef, String description,
                          String evidenceReviewed) {
}
