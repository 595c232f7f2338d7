package ma.mizan.assessment.entity.facts;

import java.util.Objects;

/** A reason why the processing needs the CNDP prior authorisation rather than a declaration. */
public final class AuthorisationGround {

    private final String reason;

    public AuthorisationGround(String reason) {
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AuthorisationGround other)) {
            return false;
        }
        return Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(AuthorisationGround.class, reason);
    }

    @Override
    public String toString() {
        return "authorisation needed: " + reason;
    }
}
