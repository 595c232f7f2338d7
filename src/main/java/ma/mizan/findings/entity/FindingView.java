package ma.mizan.findings.entity;

import java.time.OffsetDateTime;

/**
 * A finding as other components read it (exports); a stable shape: fields are added at the end, never
 * changed. {@code proposalReason} is null for a finding the auditor wrote; {@code rowVersion} is its ETag.
 */
public record FindingView(long id, long auditId, Long systemId, Long trackingId, String obligationCode, String legalRef, Severity severity,
                          String description, String evidenceReviewed, Finding.Status status, Finding.Origin origin, String createdBy,
                          OffsetDateTime createdAt, OffsetDateTime decidedAt, String response, String responseBy, OffsetDateTime responseAt,
                          ProposalReason proposalReason, String dismissalReason, long rowVersion) {
}
