package ma.mizan.law.entity;

/**
 * A country that the CNDP's working list treats as ensuring adequate protection (deliberation 465-2013
 * as amended by 236-2015; Decision 11). Inserted into rule sessions as a fact.
 */
public record AdequateCountry(String code, String name, String status) {
    public String getCode() {
        return code;
    }

    @Override
    public String toString() {
        return "adequate country " + code;
    }
}
