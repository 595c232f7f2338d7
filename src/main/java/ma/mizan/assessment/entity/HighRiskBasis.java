package ma.mizan.assessment.entity;

/**
 * Why a system is high-risk: an Annex III use area (named by its use-area code), the product-safety
 * route, or a biometric basis.
 */
public enum HighRiskBasis {
    CRITICAL_INFRASTRUCTURE_SAFETY, EDUCATION_ACCESS, EDUCATION_EVALUATION, EDUCATION_LEVEL,
    EDUCATION_TEST_MONITORING, EMPLOYMENT_RECRUITMENT, EMPLOYMENT_MANAGEMENT, PUBLIC_BENEFITS,
    CREDITWORTHINESS, LIFE_HEALTH_INSURANCE, EMERGENCY_TRIAGE, LAW_ENFORCEMENT_VICTIM_RISK,
    LAW_ENFORCEMENT_POLYGRAPH, LAW_ENFORCEMENT_EVIDENCE, LAW_ENFORCEMENT_OFFENDING_RISK,
    LAW_ENFORCEMENT_PROFILING, MIGRATION_POLYGRAPH, MIGRATION_RISK, MIGRATION_APPLICATIONS,
    MIGRATION_IDENTIFICATION, JUSTICE, ELECTIONS,
    REGULATED_PRODUCT, BIOMETRIC_IDENTIFICATION, BIOMETRIC_CATEGORISATION, EMOTION_RECOGNITION;

    /** Annex III bases are the ones the art. 6(3) derogation can remove (Decision 5). */
    public boolean isAnnexIiiArea() {
        return ordinal() <= ELECTIONS.ordinal();
    }

    public static HighRiskBasis of(UseArea area) {
        return valueOf(area.name());
    }
}
