package ma.mizan.assessment.entity.facts;

import ma.mizan.assessment.entity.Filing;
import java.util.Objects;

/** The prior formality owed to the CNDP for the processing. */
public final class ProcessingFiling {

    private final Filing filing;

    public ProcessingFiling(Filing filing) {
        this.filing = filing;
    }

    public Filing getFiling() {
        return filing;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProcessingFiling other)) {
            return false;
        }
        return Objects.equals(filing, other.filing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ProcessingFiling.class, filing);
    }

    @Override
    public String toString() {
        return "CNDP filing " + filing;
    }
}
