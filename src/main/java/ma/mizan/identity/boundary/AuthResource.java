package ma.mizan.identity.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.control.Tokens;
import ma.mizan.identity.control.Users;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login (a signed, expiring bearer token), who am I, and changing one's password. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

    public record TokenView(String token, String tokenType, Instant expiresAt, String username, Role role, Long organizationId) {
    }

    @Inject
    Users users;

    @Inject
    Tokens tokens;

    @Inject
    Caller caller;

    @POST
    @Path("login")
    @Access(anonymous = true)
    @Operation(summary = "Log in with a username and password; returns a bearer token (five failures in a row lock the account for 15 minutes)")
    public Response login(byte[] body) {
        JsonNode b = StrictJson.validate(body, "login");
        Users.Login login = users.authenticate(b.get("username").asText(), b.get("password").asText().toCharArray());
        return switch (login.outcome()) {
            case OK -> {
                Tokens.Issued t = tokens.issue(login.user());
                yield Response.ok(new TokenView(t.token(), "Bearer", t.expiresAt(), login.user().getUsername(), login.user().getRole(),
                        login.user().getOrganizationId())).header("Cache-Control", "no-store").build();
            }
            case LOCKED -> throw new ProblemException(429, "account-locked", "Too many failed logins",
                    "This account is locked for a while after repeated failed logins. Try again later.", List.of(),
                    Map.of("Retry-After", "900"));
            case BAD_CREDENTIALS -> throw new ProblemException(401, "bad-credentials", "Unauthorized", "Wrong username or password.");
        };
    }

    @GET
    @Path("me")
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "The caller: name, role, organization, and the organizations an auditor may read today")
    public Map<String, Object> me() {
        CallerIdentity c = caller.require();
        return Map.of("name", c.name(), "role", c.role(), "organizationId", c.organizationId() == null ? -1 : c.organizationId(),
                "apiKey", c.apiKey(), "readableOrganizations", caller.readableOrganizations() == null ? "ALL" : caller.readableOrganizations());
    }

    @POST
    @Path("password")
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Change one's own password (at least 12 characters)")
    public Response changePassword(byte[] body) {
        CallerIdentity c = caller.require();
        if (c.userId() == null) {
            throw new ProblemException(403, "forbidden", "Forbidden", "An API key has no password.");
        }
        JsonNode b = StrictJson.validate(body, "password-change");
        users.changePassword(c.userId(), b.get("currentPassword").asText().toCharArray(), b.get("newPassword").asText().toCharArray());
        return Response.noContent().build();
    }
}
