package ma.mizan.compliance.entity;

/** Where an organization stands on one obligation. NOT_APPLICABLE needs a written justification. */
public enum ObligationStatus {
    NOT_STARTED, IN_PROGRESS, MET, NOT_APPLICABLE
}
