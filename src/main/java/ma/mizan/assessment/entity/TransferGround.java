package ma.mizan.assessment.entity;

/** The ground claimed for a transfer abroad (Law 09-08, arts 43-44). */
public enum TransferGround {
    NONE, EXPRESS_CONSENT, VITAL_INTERESTS, PUBLIC_INTEREST, LEGAL_CLAIMS, CONTRACT,
    THIRD_PARTY_CONTRACT, MUTUAL_LEGAL_ASSISTANCE, MEDICAL, INTERNATIONAL_AGREEMENT, CONTRACTUAL_CLAUSES;

    /** The grounds of art. 44 that allow a transfer to an unlisted country on declaration (Decision 11). */
    public boolean isArticle44Ground() {
        return this != NONE && this != CONTRACTUAL_CLAUSES;
    }
}
