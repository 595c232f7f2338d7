package ma.mizan.assessment.entity.facts;

import java.util.Objects;

/** The derogation removed every Annex III basis and no other basis remains. */
public final class DerogationUsed {

    public DerogationUsed() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DerogationUsed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(DerogationUsed.class);
    }

    @Override
    public String toString() {
        return "derogation applied";
    }
}
