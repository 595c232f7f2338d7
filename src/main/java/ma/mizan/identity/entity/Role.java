package ma.mizan.identity.entity;

/** What a user is in Mizan; every user has exactly one role. */
public enum Role {
    /** Manages users, auditors' assignments and organizations; reads no filing it does not need. */
    ADMIN,
    /** Reads everything and acts on reviews. */
    REGULATOR,
    /** Reads the organizations assigned to them, only inside the assignment's window. */
    AUDITOR,
    /** Manages one organization's systems, users' API keys and filings. */
    ORG_ADMIN,
    /** Works on one organization's systems. */
    ORG_MEMBER;

    public boolean belongsToAnOrganization() {
        return this == ORG_ADMIN || this == ORG_MEMBER;
    }
}
