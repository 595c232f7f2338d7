package ma.mizan.assessment.entity.facts;

import java.util.Objects;

/** A transparency fact of art. 50 is established. */
public final class Transparent {

    private final String kind;

    public Transparent(String kind) {
        this.kind = kind;
    }

    public String getKind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Transparent other)) {
            return false;
        }
        return Objects.equals(kind, other.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Transparent.class, kind);
    }

    @Override
    public String toString() {
        return "transparency fact: " + kind;
    }
}
