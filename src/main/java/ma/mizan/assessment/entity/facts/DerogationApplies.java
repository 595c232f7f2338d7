package ma.mizan.assessment.entity.facts;

import java.util.Objects;

/** A condition of the art. 6(3) derogation is declared and the system does not profile natural persons. */
public final class DerogationApplies {

    public DerogationApplies() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DerogationApplies;
    }

    @Override
    public int hashCode() {
        return Objects.hash(DerogationApplies.class);
    }

    @Override
    public String toString() {
        return "derogation conditions met";
    }
}
