package ma.mizan.assessment.entity.facts;

import ma.mizan.assessment.entity.DataCategory;
import java.util.Objects;

/** A sensitive category of Law 09-08, art. 1(3) (exempt: health or genetic data used only for care under professional secrecy). */
public final class SensitiveData {

    private final DataCategory category;
    private final boolean exempt;

    public SensitiveData(DataCategory category, boolean exempt) {
        this.category = category;
        this.exempt = exempt;
    }

    public DataCategory getCategory() {
        return category;
    }

    public boolean isExempt() {
        return exempt;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SensitiveData other)) {
            return false;
        }
        return Objects.equals(category, other.category) && exempt == other.exempt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(SensitiveData.class, category, exempt);
    }

    @Override
    public String toString() {
        return "sensitive data " + category + (exempt ? " (care under professional secrecy)" : "");
    }
}
