package ma.mizan.assessment.entity.facts;

import java.util.Objects;

/** The regime does not apply, for the stated reason. */
public final class OutOfScope {

    private final Regime regime;
    private final String reason;

    public OutOfScope(Regime regime, String reason) {
        this.regime = regime;
        this.reason = reason;
    }

    public Regime getRegime() {
        return regime;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OutOfScope other)) {
            return false;
        }
        return Objects.equals(regime, other.regime) && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(OutOfScope.class, regime, reason);
    }

    @Override
    public String toString() {
        return regime + " does not apply: " + reason;
    }
}
