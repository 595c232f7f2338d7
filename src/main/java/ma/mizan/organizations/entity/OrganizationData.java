package ma.mizan.organizations.entity;

/** What a client sends to create or replace an organization (validated against organization.schema.json first). */
public record OrganizationData(String name, LegalForm legalForm, String ice, String rcNumber, String city, String sector,
                               String contactEmail, boolean publicAuthority) {
}
