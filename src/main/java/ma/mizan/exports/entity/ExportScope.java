package ma.mizan.exports.entity;

/** What an export covers: one system, an organization, an audit, or (for the regulator) the register or the review queue. */
public enum ExportScope {
    SYSTEM, ORGANIZATION, AUDIT, REGISTER, REVIEW_QUEUE;

    /** Scopes that name one record (targetId); the others are filtered listings. */
    public boolean hasTarget() {
        return this == SYSTEM || this == ORGANIZATION || this == AUDIT;
    }
}
