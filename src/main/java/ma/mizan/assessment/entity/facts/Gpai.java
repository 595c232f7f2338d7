package ma.mizan.assessment.entity.facts;

import java.util.Objects;

/** The system is or provides a general-purpose model, with or without systemic risk. */
public final class Gpai {

    private final boolean systemic;

    public Gpai(boolean systemic) {
        this.systemic = systemic;
    }

    public boolean isSystemic() {
        return systemic;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Gpai other)) {
            return false;
        }
        return systemic == other.systemic;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Gpai.class, systemic);
    }

    @Override
    public String toString() {
        return systemic ? "general-purpose model with systemic risk" : "general-purpose model";
    }
}
