package ma.mizan.assessment.entity.facts;

import ma.mizan.assessment.entity.Addressee;
import java.util.Objects;

/** The organization acts in this capacity for the system (from the declared role; controller or processor from the CNDP rules). */
public final class Acts {

    private final Addressee capacity;

    public Acts(Addressee capacity) {
        this.capacity = capacity;
    }

    public Addressee getCapacity() {
        return capacity;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Acts other)) {
            return false;
        }
        return Objects.equals(capacity, other.capacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Acts.class, capacity);
    }

    @Override
    public String toString() {
        return "acts as " + capacity;
    }
}
