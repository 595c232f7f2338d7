package ma.mizan.exports.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What Mizan holds about one AI system for its Annex VIII registration record: the organization, the system and its
 * latest assessment. Any field may be null when Mizan has no value; the export then says so rather than guessing.
 * Enumerated values are plain strings so that a value this class does not know is carried, not rejected.
 */
public record AnnexViiiInput(Organization organization, SystemRecord system, AssessmentRecord assessment) {

    public AnnexViiiInput {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(assessment, "assessment");
    }

    /**
     * @param ice            the 15-digit identifiant commun de l'entreprise
     * @param rcNumber       the registre de commerce number
     * @param publicAuthority whether the organization is a public authority or body (Art 49(3) deployers)
     */
    public record Organization(String name, String legalForm, String ice, String rcNumber, String city, String sector,
                               String contactEmail, boolean publicAuthority) {
    }

    /**
     * @param lifecycle e.g. IN_DEVELOPMENT, IN_SERVICE, RETIRED (also read: DEVELOPMENT, ON_THE_MARKET, WITHDRAWN,
     *                  RECALLED)
     */
    public record SystemRecord(String id, String name, String softwareVersion, String description,
                               String intendedPurpose, String lifecycle, String registrationStatus,
                               String registrationNumber) {
    }

    /**
     * @param riskLevel       HIGH, LIMITED, LOW, UNACCEPTABLE or OUT_OF_SCOPE
     * @param role            PROVIDER, DEPLOYER, ...
     * @param highRiskBasis   legal-text ids of the bases found, e.g. {@code ma-ai-draft/annex-iii.4.a}
     * @param obligationCodes the obligation codes of the assessment, e.g. REGISTRATION
     */
    public record AssessmentRecord(String riskLevel, String role, List<String> highRiskBasis, boolean derogationApplied,
                                   List<String> obligationCodes, String ruleBaseVersion, String ruleBaseHash,
                                   Instant assessedAt) {
        public AssessmentRecord {
            highRiskBasis = highRiskBasis == null ? List.of() : List.copyOf(highRiskBasis);
            obligationCodes = obligationCodes == null ? List.of() : List.copyOf(obligationCodes);
        }
    }
}
