package ma.mizan.assessment.entity.facts;

import ma.mizan.assessment.entity.UseArea;
import java.util.Objects;

/** One declared use area of the system. */
public final class UsedFor {

    private final UseArea area;

    public UsedFor(UseArea area) {
        this.area = area;
    }

    public UseArea getArea() {
        return area;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UsedFor other)) {
            return false;
        }
        return Objects.equals(area, other.area);
    }

    @Override
    public int hashCode() {
        return Objects.hash(UsedFor.class, area);
    }

    @Override
    public String toString() {
        return "useAreas contains " + area;
    }
}
