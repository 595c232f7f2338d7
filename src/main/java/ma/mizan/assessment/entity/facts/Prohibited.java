package ma.mizan.assessment.entity.facts;

import java.util.Objects;

/** A practice the working model prohibits (art. 5) is established. */
public final class Prohibited {

    private final String practice;

    public Prohibited(String practice) {
        this.practice = practice;
    }

    public String getPractice() {
        return practice;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Prohibited other)) {
            return false;
        }
        return Objects.equals(practice, other.practice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Prohibited.class, practice);
    }

    @Override
    public String toString() {
        return "prohibited practice: " + practice;
    }
}
