package ma.mizan.assessment.entity.facts;

import java.util.Objects;

/** The regime applies to the system (inserted logically: retracted as soon as an exclusion is established). */
public final class InScope {

    private final Regime regime;

    public InScope(Regime regime) {
        this.regime = regime;
    }

    public Regime getRegime() {
        return regime;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof InScope other)) {
            return false;
        }
        return Objects.equals(regime, other.regime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(InScope.class, regime);
    }

    @Override
    public String toString() {
        return regime + " applies";
    }
}
