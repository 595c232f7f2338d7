package ma.mizan.assessment.entity;

/** The ground relied on for processing personal data (Law 09-08, art. 4). */
public enum LegalBasis {
    CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_INTEREST, LEGITIMATE_INTEREST, NONE
}
