package ma.mizan.assessment.entity.facts;

import ma.mizan.assessment.entity.Filing;
import java.util.Objects;

/** The formality owed for one transfer abroad. */
public final class TransferFiling {

    private final String country;
    private final Filing filing;

    public TransferFiling(String country, Filing filing) {
        this.country = country;
        this.filing = filing;
    }

    public String getCountry() {
        return country;
    }

    public Filing getFiling() {
        return filing;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TransferFiling other)) {
            return false;
        }
        return Objects.equals(country, other.country) && Objects.equals(filing, other.filing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(TransferFiling.class, country, filing);
    }

    @Override
    public String toString() {
        return "transfer to " + country + ": " + filing;
    }
}
