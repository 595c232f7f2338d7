package ma.mizan.organizations.boundary;

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
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.organizations.control.Organizations;
import ma.mizan.organizations.entity.Organization;
import ma.mizan.organizations.entity.OrganizationData;
import ma.mizan.platform.boundary.Paging;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.Preconditions;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.platform.entity.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organizations")
public class OrganizationsResource {

    static final String SCHEMA = "organization";

    @Inject
    Organizations organizations;

    @Context
    UriInfo uri;

    @Inject
    Caller caller;

    @POST
    @Access(Role.ADMIN)
    @Operation(summary = "Register an organization (company or public body)")
    public Response create(byte[] body) {
        Organization o = organizations.create(StrictJson.read(body, SCHEMA, OrganizationData.class));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(o.getId())).build())
                .tag(Preconditions.etag(o.getRowVersion())).entity(OrganizationView.of(o)).build();
    }

    @GET
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "List organizations, by name, a page at a time")
    public Page<OrganizationView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Page<Organization> p = organizations.list(caller.readableOrganizations(), paging.page(), paging.size());
        return new Page<>(p.items().stream().map(OrganizationView::of).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("{id}")
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Read an organization; its ETag is needed to change it")
    public Response read(@PathParam("id") String id) {
        long key = Queries.pathId("Organization", id);
        caller.requireRead(key, "Organization " + id);
        Organization o = organizations.find(key);
        return Response.ok(OrganizationView.of(o)).tag(Preconditions.etag(o.getRowVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Access({Role.ADMIN, Role.ORG_ADMIN})
    @Operation(summary = "Replace an organization (If-Match required): administrators, or the organization's own administrators")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        long key = Queries.pathId("Organization", id);
        if (!caller.is(Role.ADMIN)) {
            caller.requireWrite(key, "Organization " + id);
        }
        OrganizationData data = StrictJson.read(body, SCHEMA, OrganizationData.class);
        Organization o = organizations.replace(key, data, Preconditions.expectedVersion(ifMatch));
        return Response.ok(OrganizationView.of(o)).tag(Preconditions.etag(o.getRowVersion())).build();
    }

    @DELETE
    @Path("{id}")
    @Access(Role.ADMIN)
    @Operation(summary = "Delete an organization that owns no system (If-Match required)")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long key = Queries.pathId("Organization", id);
        organizations.delete(key, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }
}
