package ma.mizan.findings.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import ma.mizan.findings.control.Findings;
import ma.mizan.findings.entity.AuditData;
import ma.mizan.findings.entity.AuditEngagement;
import ma.mizan.findings.entity.Finding;
import ma.mizan.findings.entity.FindingData;
import ma.mizan.findings.entity.FindingView;
import ma.mizan.findings.entity.Opinion;
import ma.mizan.findings.entity.ProposalRun;
import ma.mizan.findings.entity.Severity;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.boundary.Paging;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.Preconditions;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.platform.entity.Page;
import ma.mizan.platform.entity.Problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Auditors' audits: an auditor assigned to an organization opens an audit of it (or of one of its
 * systems), records findings, has Mizan propose findings from obligation tracking, confirms or dismisses
 * them and closes the audit with a conclusion; the organization responds to each confirmed finding.
 * Readers: administrators and the regulator, auditors of the organization (inside their window), the
 * organization's own users. Changes: only the auditor who opened the audit (another auditor gets 403).
 */
@Path("audits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audits")
public class AuditsResource {

    /** An audit with its findings (a list leaves the findings out). */
    public record AuditJson(long id, long organizationId, Long systemId, String title, String scope, String auditorName,
                            AuditEngagement.Status status, OffsetDateTime openedAt, OffsetDateTime closedAt, String conclusion, Opinion opinion,
                            long rowVersion, List<FindingView> findings) {
        static AuditJson of(AuditEngagement a, List<FindingView> findings) {
            return new AuditJson(a.getId(), a.getOrganizationId(), a.getSystemId(), a.getTitle(), a.getScope(), a.getAuditorName(), a.getStatus(),
                    a.getOpenedAt(), a.getClosedAt(), a.getConclusion(), a.getOpinion(), a.getRowVersion(), findings);
        }
    }

    @Inject
    Findings findings;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.AUDITOR)
    @Operation(summary = "Open an audit of an organization assigned to the caller, or of one of its systems")
    public Response open(byte[] body) {
        AuditData data = StrictJson.read(body, "audit", AuditData.class);
        caller.requireRead(data.organizationId(), "Organization " + data.organizationId());
        AuditEngagement a = findings.open(data, caller.require().userId(), caller.require().name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build())
                .tag(Preconditions.etag(a.getRowVersion())).entity(AuditJson.of(a, List.of())).build();
    }

    @GET
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "List the audits the caller may read, newest first, filtered by organization, system or status")
    public Page<AuditJson> list(@QueryParam("organizationId") String organizationId, @QueryParam("systemId") String systemId,
                                @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(page, size, errors);
        var filter = new Findings.Filter(Queries.id("organizationId", organizationId, errors), Queries.id("systemId", systemId, errors),
                Queries.enumValue("status", status, AuditEngagement.Status.class, errors), caller.readableOrganizations());
        Queries.failOn(errors);
        Page<AuditEngagement> p = findings.list(filter, paging.page(), paging.size());
        return new Page<>(p.items().stream().map(a -> AuditJson.of(a, null)).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("{id}")
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Read an audit with its findings (proposed, confirmed and dismissed)")
    public Response read(@PathParam("id") String id) {
        AuditEngagement a = readable(id);
        return Response.ok(AuditJson.of(a, findings.findings(a.getId()))).tag(Preconditions.etag(a.getRowVersion())).build();
    }

    @POST
    @Path("{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.AUDITOR)
    @Operation(summary = "Record a confirmed finding (the audit's auditor, while it is open): severity, description, and optionally the "
            + "system, the obligation tracking row, the obligation code, the legal unit and the evidence reviewed")
    public Response record(@PathParam("id") String id, byte[] body) {
        AuditEngagement a = ownAudit(id);
        FindingData data = StrictJson.read(body, "finding", FindingData.class);
        Finding f = findings.record(a.getId(), data, caller.require().name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(f.getId())).build())
                .tag(Preconditions.etag(f.getRowVersion())).entity(f.view()).build();
    }

    @GET
    @Path("{id}/findings/{findingId}")
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Read one finding; its ETag is needed to respond to it")
    public Response finding(@PathParam("id") String id, @PathParam("findingId") String findingId) {
        AuditEngagement a = readable(id);
        Finding f = findings.finding(a.getId(), Queries.pathId("Finding", findingId));
        return Response.ok(f.view()).tag(Preconditions.etag(f.getRowVersion())).build();
    }

    @POST
    @Path("{id}/proposals")
    @Access(Role.AUDITOR)
    @Operation(summary = "Have Mizan propose findings from the obligation tracking of the audit's scope (not started, overdue, met "
            + "without valid evidence); running it again adds nothing already proposed or recorded")
    public ProposalRun propose(@PathParam("id") String id) {
        return findings.propose(ownAudit(id).getId(), caller.require().name());
    }

    @POST
    @Path("{id}/findings/{findingId}/confirm")
    @Access(Role.AUDITOR)
    @Operation(summary = "Confirm a proposed finding, optionally adjusting its severity, description and evidence reviewed")
    public Response confirm(@PathParam("id") String id, @PathParam("findingId") String findingId, byte[] body) {
        AuditEngagement a = ownAudit(id);
        long key = Queries.pathId("Finding", findingId);
        findings.finding(a.getId(), key);
        JsonNode adjust = optionalBody(body, "finding-confirmation");
        Finding f = findings.confirm(a.getId(), key, adjust.has("severity") ? Severity.valueOf(adjust.get("severity").asText()) : null,
                adjust.path("description").asText(null), adjust.path("evidenceReviewed").asText(null));
        return Response.ok(f.view()).tag(Preconditions.etag(f.getRowVersion())).build();
    }

    @POST
    @Path("{id}/findings/{findingId}/dismiss")
    @Access(Role.AUDITOR)
    @Operation(summary = "Dismiss a proposed finding, optionally with the reason")
    public Response dismiss(@PathParam("id") String id, @PathParam("findingId") String findingId, byte[] body) {
        AuditEngagement a = ownAudit(id);
        long key = Queries.pathId("Finding", findingId);
        findings.finding(a.getId(), key);
        JsonNode why = optionalBody(body, "finding-dismissal");
        Finding f = findings.dismiss(a.getId(), key, why.path("reason").asText(null));
        return Response.ok(f.view()).tag(Preconditions.etag(f.getRowVersion())).build();
    }

    @PUT
    @Path("{id}/findings/{findingId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access({Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "The organization's response to a confirmed finding (If-Match required), also after the audit is closed")
    public Response respond(@PathParam("id") String id, @PathParam("findingId") String findingId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        AuditEngagement a = findings.find(Queries.pathId("Audit", id));
        caller.requireWrite(a.getOrganizationId(), "Audit " + id);
        long key = Queries.pathId("Finding", findingId);
        findings.finding(a.getId(), key);
        JsonNode response = StrictJson.validate(body, "finding-response");
        Finding f = findings.respond(a.getId(), key, response.get("response").asText(), caller.require().name(),
                Preconditions.expectedVersion(ifMatch));
        return Response.ok(f.view()).tag(Preconditions.etag(f.getRowVersion())).build();
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Role.AUDITOR)
    @Operation(summary = "Close the audit with a conclusion and an opinion (COMPLIANT, COMPLIANT_WITH_RESERVATIONS, NON_COMPLIANT); "
            + "refused while proposals are pending")
    public Response close(@PathParam("id") String id, byte[] body) {
        AuditEngagement a = ownAudit(id);
        JsonNode closing = StrictJson.validate(body, "audit-closing");
        a = findings.close(a.getId(), closing.get("conclusion").asText(),
                closing.has("opinion") ? Opinion.valueOf(closing.get("opinion").asText()) : null);
        return Response.ok(AuditJson.of(a, findings.findings(a.getId()))).tag(Preconditions.etag(a.getRowVersion())).build();
    }

    /** The audit, if the caller may read its organization's records (404 otherwise, never its data). */
    private AuditEngagement readable(String id) {
        AuditEngagement a = findings.find(Queries.pathId("Audit", id));
        caller.requireRead(a.getOrganizationId(), "Audit " + id);
        return a;
    }

    /**
     * The audit, if the caller is the auditor who opened it: an auditor who may see the organization but did
     * not open this audit gets 403 (the engagement is another auditor's signed work); one who may not see it, 404.
     */
    private AuditEngagement ownAudit(String id) {
        AuditEngagement a = readable(id);
        if (!a.isAuditor(caller.require().userId())) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only the auditor who opened audit " + id + " (" + a.getAuditorName()
                    + ") may change it.");
        }
        return a;
    }

    private static JsonNode optionalBody(byte[] body, String schema) {
        return body == null || body.length == 0 ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                : StrictJson.validate(body, schema);
    }
}
