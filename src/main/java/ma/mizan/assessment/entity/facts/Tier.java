package ma.mizan.assessment.entity.facts;

import ma.mizan.assessment.entity.RiskLevel;
import java.util.Objects;

/** The AI-law tier of the system. */
public final class Tier {

    private final RiskLevel level;

    public Tier(RiskLevel level) {
        this.level = level;
    }

    public RiskLevel getLevel() {
        return level;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Tier other)) {
            return false;
        }
        return Objects.equals(level, other.level);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Tier.class, level);
    }

    @Override
    public String toString() {
        return "tier " + level;
    }
}
