package ma.mizan.assessment.entity;

/** The prior formality owed to the CNDP, for the processing or for a transfer abroad. Declared from least to most demanding. */
public enum Filing {
    NONE, DECLARATION, AUTHORISATION;

    public Filing strictest(Filing other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
