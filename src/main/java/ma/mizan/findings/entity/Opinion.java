package ma.mizan.findings.entity;

/** The auditor's overall opinion when closing an audit. */
public enum Opinion {
    COMPLIANT, COMPLIANT_WITH_RESERVATIONS, NON_COMPLIANT
}
