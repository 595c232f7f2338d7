package ma.mizan.organizations.entity;

/**
 * Identifiant Commun de l'Entreprise: the 15-digit identifier every Moroccan enterprise and public body
 * receives. We check its form (15 ASCII digits, not all zeros); the ICE's control key algorithm is not
 * published by the issuing administration in a source we could verify, so it is not checked.
 */
public record Ice(String value) {

    public Ice {
        if (!isValid(value)) {
            throw new IllegalArgumentException("an ICE is 15 digits");
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("[0-9]{15}") && !value.equals("000000000000000");
    }

    @Override
    public String toString() {
        return value;
    }
}
