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
import java.time.OffsetDateTime;
import java.util.List;
import ma.mizan.identity.control.ApiKeys;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.ApiKey;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organization's API keys for machine clients, managed by its administrators. The key is shown once. */
@Path("organizations/{organizationId}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "api-keys")
@Access(Role.ORG_ADMIN)
public class ApiKeysResource {

    public record KeyView(long id, String name, String prefix, String createdBy, OffsetDateTime createdAt, OffsetDateTime revokedAt, String key) {
        static KeyView of(ApiKey k, String key) {
            return new KeyView(k.getId(), k.getName(), k.getPrefix(), k.getCreatedBy(), k.getCreatedAt(), k.getRevokedAt(), key);
        }
    }

    @Inject
    ApiKeys keys;

    @Inject
    Caller caller;

    private long own(String organizationId) {
        long id = Queries.pathId("Organization", organizationId);
        caller.requireWrite(id, "Organization " + id);
        if (caller.require().apiKey()) {
            throw new ProblemException(403, "forbidden", "Forbidden", "API keys cannot manage API keys.");
        }
        return id;
    }

    @POST
    @Operation(summary = "Create an API key; the response is the only time the key is shown")
    public Response create(@PathParam("organizationId") String organizationId, byte[] body) {
        long org = own(organizationId);
        JsonNode b = StrictJson.validate(body, "api-key");
        ApiKeys.Created created = keys.create(org, b.get("name").asText(), caller.require().name());
        return Response.status(201).header("Cache-Control", "no-store").entity(KeyView.of(created.key(), created.secret())).build();
    }

    @GET
    @Operation(summary = "The organization's API keys (never the keys themselves)")
    public List<KeyView> list(@PathParam("organizationId") String organizationId) {
        return keys.of(own(organizationId)).stream().map(k -> KeyView.of(k, null)).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API key: it stops working at once")
    public Response revoke(@PathParam("organizationId") String organizationId, @PathParam("id") String id) {
        keys.revoke(own(organizationId), Queries.pathId("API key", id));
        return Response.noContent().build();
    }
}
