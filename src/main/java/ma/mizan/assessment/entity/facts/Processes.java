package ma.mizan.assessment.entity.facts;

import ma.mizan.assessment.entity.DataCategory;
import java.util.Objects;

/** One declared category of personal data. */
public final class Processes {

    private final DataCategory category;

    public Processes(DataCategory category) {
        this.category = category;
    }

    public DataCategory getCategory() {
        return category;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Processes other)) {
            return false;
        }
        return Objects.equals(category, other.category);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Processes.class, category);
    }

    @Override
    public String toString() {
        return "personalData.categories contains " + category;
    }
}
