package ma.mizan.findings.entity;

/** Why Mizan proposed a finding from an obligation's tracking. */
public enum ProposalReason {
    /** Work on the obligation has not started. */
    NOT_STARTED,
    /** Not met (not started or in progress) after its due date. */
    OVERDUE,
    /** Recorded as met, but no evidence is valid on the day (none given, or all of it expired). */
    MISSING_EVIDENCE
}
