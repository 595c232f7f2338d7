package ma.mizan.organizations.boundary;

import java.time.OffsetDateTime;
import ma.mizan.organizations.entity.LegalForm;
import ma.mizan.organizations.entity.Organization;

/** An organization as the API shows it. */
public record OrganizationView(long id, String name, LegalForm legalForm, String ice, String rcNumber, String city, String sector,
                               String contactEmail, boolean publicAuthority, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.getId(), o.getName(), o.getLegalForm(), o.getIce().value(), o.getRcNumber(), o.getCity(),
                o.getSector(), o.getContactEmail(), o.isPublicAuthority(), o.getCreatedAt(), o.getUpdatedAt());
    }
}
