package ma.mizan.identity.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import ma.mizan.identity.control.Users;
import ma.mizan.identity.entity.AppUser;
import ma.mizan.identity.entity.AuditorAssignment;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.StrictJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administration of users and auditors' assignments (administrators only). */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
@Access(Role.ADMIN)
public class UsersResource {

    public record UserView(long id, String username, Role role, Long organizationId, boolean active) {
        static UserView of(AppUser u) {
            return new UserView(u.getId(), u.getUsername(), u.getRole(), u.getOrganizationId(), u.isActive());
        }
    }

    public record AssignmentView(long id, long userId, long organizationId, LocalDate validFrom, LocalDate validTo) {
        static AssignmentView of(AuditorAssignment a) {
            return new AssignmentView(a.getId(), a.getUserId(), a.getOrganizationId(), a.getValidFrom(), a.getValidTo());
        }
    }

    @Inject
    Users users;

    @POST
    @Path("users")
    @Operation(summary = "Create a user with one role (organization users name their organization)")
    public Response create(byte[] body) {
        JsonNode b = StrictJson.validate(body, "user");
        AppUser u = users.create(b.get("username").asText(), b.get("password").asText().toCharArray(), Role.valueOf(b.get("role").asText()),
                b.has("organizationId") ? b.get("organizationId").asLong() : null);
        return Response.status(201).entity(UserView.of(u)).build();
    }

    @GET
    @Path("users")
    @Operation(summary = "Every user")
    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @DELETE
    @Path("users/{id}")
    @Operation(summary = "Deactivate a user: their tokens stop working at once")
    public Response deactivate(@PathParam("id") String id) {
        users.deactivate(Queries.pathId("User", id));
        return Response.noContent().build();
    }

    @POST
    @Path("auditor-assignments")
    @Operation(summary = "Let an auditor read one organization from validFrom to validTo (included)")
    public Response assign(byte[] body) {
        JsonNode b = StrictJson.validate(body, "auditor-assignment");
        AuditorAssignment a;
        try {
            a = users.assign(b.get("userId").asLong(), b.get("organizationId").asLong(), LocalDate.parse(b.get("validFrom").asText()),
                    LocalDate.parse(b.get("validTo").asText()));
        } catch (java.time.format.DateTimeParseException e) {
            throw ma.mizan.platform.control.ProblemException.invalid("/validFrom", "not a date");
        }
        return Response.status(201).entity(AssignmentView.of(a)).build();
    }

    @GET
    @Path("auditor-assignments")
    @Operation(summary = "Every auditor assignment")
    public List<AssignmentView> assignments() {
        return users.assignments().stream().map(AssignmentView::of).toList();
    }
}
