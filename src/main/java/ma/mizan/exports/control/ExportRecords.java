package ma.mizan.exports.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.compliance.entity.TrackedObligation;

/**
 * What an export reads from the database, copied out of the persistence context page by page so that a
 * long export holds one page at a time, never the whole listing.
 */
public final class ExportRecords {

    private ExportRecords() {
    }

    public record OrganizationInfo(long id, String name, String legalForm, String ice, String rcNumber, String city, String sector,
                                   String contactEmail, boolean publicAuthority) {
    }

    /** One system as listed: identity, registration, latest tier. */
    public record SystemSummary(long id, OrganizationInfo organization, String name, String softwareVersion, String description,
                                String intendedPurpose, String lifecycle, String registrationStatus, String registrationNumber,
                                OffsetDateTime submittedAt, LocalDate reviewDeadline, String reviewer, OffsetDateTime registeredAt,
                                String riskLevel, String registeredRiskLevel, String role, List<String> useAreas) {
    }

    public record AssessmentInfo(long id, OffsetDateTime createdAt, AssessmentResult result) {
    }

    /** A finding as exported, with the audit it belongs to. */
    public record FindingInfo(long id, long auditId, String auditTitle, String auditStatus, Long systemId, String obligationCode, String legalRef,
                              String severity, String status, String origin, String description, String evidenceReviewed, String createdBy,
                              OffsetDateTime createdAt, String response, String responseBy, OffsetDateTime responseAt) {
    }

    public record AuditInfo(long id, long organizationId, Long systemId, String title, String scope, String auditorName, String status,
                            OffsetDateTime openedAt, OffsetDateTime closedAt, String conclusion, String opinion) {
    }

    /** Everything an export says about one system: its latest assessment, its obligations with evidence, its findings. */
    public record SystemDossier(SystemSummary system, AssessmentInfo assessment, List<TrackedObligation> obligations,
                                List<FindingInfo> findings) {
    }
}
