package ma.mizan.findings.entity;

import java.time.OffsetDateTime;

/** An audit as other components read it (exports); a stable shape: fields are added at the end, never changed. */
public record AuditView(long id, long organizationId, Long systemId, String title, String scope, String auditorName, AuditEngagement.Status status,
                        OffsetDateTime openedAt, OffsetDateTime closedAt, String conclusion, Opinion opinion, long rowVersion) {
}
