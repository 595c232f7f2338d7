package ma.mizan.register.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An entry of the public register: the registered version of a system, public fields only. For systems
 * whose classification puts them in the non-public section (biometric identification or categorisation,
 * emotion recognition, law enforcement, migration: the EU AI Act's Art. 49(4), which the working model
 * follows), the purpose, use areas and obligations are withheld ({@code restricted} is true).
 */
public record RegisterEntry(String registrationNumber, String status, String organization, String sector, String system,
                            String intendedPurpose, String riskLevel, List<String> useAreas, List<String> obligations,
                            OffsetDateTime registeredAt, boolean restricted, String restrictionBasis) {
}
