package ma.mizan.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.mizan.audit.control.AuditTrail;
import ma.mizan.audit.entity.AuditEntry;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.boundary.Paging;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.entity.Page;
import ma.mizan.platform.entity.Problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail, read-only: regulators read all of it, auditors their assigned organizations', an
 * organization its own. Nothing here (or anywhere in the API) changes or deletes an entry.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    public record EntryView(long seq, OffsetDateTime occurredAt, String actor, String actorRole, Long organizationId, String action,
                            String entityType, String entityId, String before, String after, String source, String previousHash, String hash) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.getSeq(), e.getOccurredAt(), e.getActor(), e.getActorRole(), e.getOrganizationId(), e.getAction(),
                    e.getEntityType(), e.getEntityId(), e.getBefore(), e.getAfter(), e.getSource(), e.getPreviousHash(), e.getHash());
        }
    }

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @GET
    @Access({Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Audit entries, newest first, that the caller may read; filter by organizationId, entityType, entityId")
    public Page<EntryView> entries(@QueryParam("organizationId") String organizationId, @QueryParam("entityType") String entityType,
                                   @QueryParam("entityId") String entityId, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(page, size, errors);
        Long org = Queries.id("organizationId", organizationId, errors);
        Queries.failOn(errors);
        Page<AuditEntry> p = trail.entries(caller.readableOrganizations(), org, entityType, entityId, paging.page(), paging.size());
        return new Page<>(p.items().stream().map(EntryView::of).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("verify")
    @Access({Role.REGULATOR, Role.ADMIN})
    @Operation(summary = "Verify the whole chain and the newest signed checkpoint; reports the first broken entry")
    public AuditTrail.Verification verify() {
        return trail.verify();
    }

    @GET
    @Path("public-key")
    @Access(anonymous = true)
    @Operation(summary = "The instance's Ed25519 public key (X.509, base64), to check checkpoints and signed exports offline")
    public Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "format", "X.509 SubjectPublicKeyInfo, base64", "key", trail.publicKey());
    }
}
