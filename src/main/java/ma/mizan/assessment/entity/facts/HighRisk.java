package ma.mizan.assessment.entity.facts;

import ma.mizan.assessment.entity.HighRiskBasis;
import java.util.Objects;

/** A basis on which the system is high-risk, after the derogation. */
public final class HighRisk {

    private final HighRiskBasis basis;

    public HighRisk(HighRiskBasis basis) {
        this.basis = basis;
    }

    public HighRiskBasis getBasis() {
        return basis;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HighRisk other)) {
            return false;
        }
        return Objects.equals(basis, other.basis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(HighRisk.class, basis);
    }

    @Override
    public String toString() {
        return "high-risk basis: " + basis;
    }
}
