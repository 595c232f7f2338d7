package ma.mizan.systems.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.platform.boundary.Paging;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.Preconditions;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.platform.entity.Page;
import ma.mizan.platform.entity.Problem.FieldError;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.systems.control.Systems;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.AiSystemData;
import ma.mizan.systems.entity.Lifecycle;
import ma.mizan.systems.entity.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "systems")
public class SystemsResource {

    @Inject
    Systems systems;

    @Context
    UriInfo uri;

    @Inject
    Caller caller;

    @POST
    @Access({Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Register an AI system of the caller's organization, with its profile")
    public Response create(byte[] body) {
        AiSystemData data = read(body);
        caller.requireWrite(data.organizationId(), "Organization " + data.organizationId());
        AiSystem s = systems.create(data);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.getId())).build())
                .tag(Preconditions.etag(s.getRowVersion())).entity(SystemView.of(s)).build();
    }

    @GET
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "List AI systems, filtered by organization, lifecycle, registration status, latest tier or text")
    public Page<SystemView> list(@QueryParam("organizationId") String organizationId, @QueryParam("lifecycle") String lifecycle,
                                 @QueryParam("registrationStatus") String status, @QueryParam("riskLevel") String riskLevel,
                                 @QueryParam("q") String text, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(page, size, errors);
        var filter = new Systems.Filter(Queries.id("organizationId", organizationId, errors),
                Queries.enumValue("lifecycle", lifecycle, Lifecycle.class, errors),
                Queries.enumValue("registrationStatus", status, RegistrationStatus.class, errors),
                Queries.enumValue("riskLevel", riskLevel, RiskLevel.class, errors), text, caller.readableOrganizations());
        Queries.failOn(errors);
        Page<AiSystem> p = systems.list(filter, paging.page(), paging.size());
        return new Page<>(p.items().stream().map(SystemView::of).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("{id}")
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Read an AI system; its ETag is needed to change it")
    public Response read(@PathParam("id") String id) {
        AiSystem s = systems.find(Queries.pathId("AI system", id));
        caller.requireRead(s.getOrganization().getId(), "AI system " + id);
        return Response.ok(SystemView.of(s)).tag(Preconditions.etag(s.getRowVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Access({Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Replace an AI system and its profile (If-Match required)")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        long key = Queries.pathId("AI system", id);
        caller.requireWrite(systems.find(key).getOrganization().getId(), "AI system " + id);
        AiSystemData data = read(body);
        AiSystem s = systems.replace(key, data, Preconditions.expectedVersion(ifMatch));
        return Response.ok(SystemView.of(s)).tag(Preconditions.etag(s.getRowVersion())).build();
    }

    @DELETE
    @Path("{id}")
    @Access({Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Delete an AI system that was never assessed (If-Match required)")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        caller.requireWrite(systems.find(Queries.pathId("AI system", id)).getOrganization().getId(), "AI system " + id);
        systems.delete(Queries.pathId("AI system", id), Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    /**
     * Validates the system and its profile in one pass, so that every bad field is reported at once with
     * its pointer (profile errors under /profile/...). The profile's name and publicAuthority come from
     * the system and its organization (Decision 13); a profile that states them differently is refused.
     */
    private AiSystemData read(byte[] body) {
        JsonNode tree = StrictJson.parse(body);
        List<FieldError> errors = new ArrayList<>(StrictJson.violations(tree, "ai-system"));
        JsonNode profile = tree.path("profile");
        if (profile.isObject()) {
            ObjectNode p = ((ObjectNode) profile).deepCopy();
            JsonNode name = tree.path("name");
            if (p.has("name") && name.isTextual() && !p.get("name").equals(name)) {
                errors.add(new FieldError("/profile/name", "must equal the system's name (or be omitted)"));
            }
            if (!p.has("name")) {
                p.put("name", name.isTextual() && !name.asText().isEmpty() ? name.asText() : "unnamed");
            }
            if (p.has("publicAuthority") && p.get("publicAuthority").isBoolean() && tree.path("organizationId").canConvertToLong()
                    && errors.stream().noneMatch(e -> e.pointer().equals("/organizationId"))) {
                try {
                    boolean flag = systems.ownerIsPublicAuthority(tree.path("organizationId").asLong());
                    if (p.get("publicAuthority").asBoolean() != flag) {
                        errors.add(new FieldError("/profile/publicAuthority", "must equal the organization's publicAuthority (" + flag + ") or be omitted"));
                    }
                } catch (ProblemException unknownOrganization) {
                    errors.addAll(unknownOrganization.errors());
                }
            }
            StrictJson.violations(p, "ai-system-profile").forEach(e -> errors.add(new FieldError("/profile" + e.pointer(), e.detail())));
            if (errors.isEmpty()) {
                ((ObjectNode) tree).set("profile", p);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::pointer));
            throw ProblemException.invalid(errors);
        }
        JsonNode profileNode = tree.get("profile");
        ((ObjectNode) tree).remove("profile");
        AiSystemData shell = StrictJson.bind(tree, AiSystemData.class);
        return new AiSystemData(shell.organizationId(), shell.name(), shell.version(), shell.description(), shell.intendedPurpose(),
                shell.lifecycle(), StrictJson.bind(profileNode, AiSystemProfile.class));
    }
}
