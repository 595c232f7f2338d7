package ma.mizan.compliance.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.mizan.compliance.control.Compliance;
import ma.mizan.compliance.entity.StoreCheck;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrator's view of the evidence file store. */
@Path("evidence-store")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "obligations")
public class EvidenceStoreResource {

    @Inject
    Compliance compliance;

    @GET
    @Path("check")
    @Access(Role.ADMIN)
    @Operation(summary = "Compare the evidence file store with the database: files referenced but missing or corrupt, orphan files "
            + "(reported only; nothing is deleted or repaired)")
    public StoreCheck check() {
        return compliance.check();
    }
}
