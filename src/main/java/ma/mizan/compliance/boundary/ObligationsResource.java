package ma.mizan.compliance.boundary;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ma.mizan.compliance.control.Compliance;
import ma.mizan.compliance.control.EvidenceIntake;
import ma.mizan.compliance.control.EvidenceReader;
import ma.mizan.compliance.entity.Evidence;
import ma.mizan.compliance.entity.ObligationStatus;
import ma.mizan.compliance.entity.ObligationTracking;
import ma.mizan.compliance.entity.TrackedObligation;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.Preconditions;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.platform.entity.Problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A system's obligations: where the organization stands on each, their history, and the evidence it holds. */
@Path("systems/{systemId}/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "obligations")
public class ObligationsResource {

    @Inject
    Compliance compliance;

    @Inject
    EvidenceIntake intake;

    @Inject
    EvidenceReader reader;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "The obligations of the system's assessments with status, owner, due date, evidence and flags as at a day",
            description = "asAt=YYYY-MM-DD (default today) is the day the overdue, due-again and missing-evidence flags are read; "
                    + "includeClosed=true also lists obligations a later assessment no longer lists.")
    public List<TrackedObligation> list(@PathParam("systemId") String systemId, @QueryParam("asAt") String asAt,
                                        @QueryParam("includeClosed") String includeClosed) {
        long system = readableSystem(systemId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date("asAt", asAt, errors);
        boolean closed = flag("includeClosed", includeClosed, errors);
        Queries.failOn(errors);
        return compliance.ofSystem(system, day == null ? LocalDate.now(clock) : day).stream().filter(o -> closed || !o.closed()).toList();
    }

    @GET
    @Path("{trackingId}")
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "One obligation of the system; its ETag is needed to change it")
    public Response read(@PathParam("systemId") String systemId, @PathParam("trackingId") String trackingId, @QueryParam("asAt") String asAt) {
        long system = readableSystem(systemId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date("asAt", asAt, errors);
        Queries.failOn(errors);
        TrackedObligation o = compliance.one(system, Queries.pathId("Obligation", trackingId), day == null ? LocalDate.now(clock) : day);
        return Response.ok(o).tag(Preconditions.etag(o.rowVersion())).build();
    }

    @GET
    @Path("{trackingId}/history")
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "What happened to the obligation: opened, closed, reopened by assessments; updated; evidence added or withdrawn")
    public List<EventView> history(@PathParam("systemId") String systemId, @PathParam("trackingId") String trackingId) {
        long system = readableSystem(systemId);
        return compliance.history(system, Queries.pathId("Obligation", trackingId)).stream().map(EventView::of).toList();
    }

    @PUT
    @Path("{trackingId}")
    @Access({Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Set the status (NOT_APPLICABLE needs a justification), owner, due date and notes (If-Match required)")
    public Response update(@PathParam("systemId") String systemId, @PathParam("trackingId") String trackingId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ObligationTracking t = writableTracking(systemId, trackingId);
        long expected = Preconditions.expectedVersion(ifMatch);
        Compliance.Change change = change(body);
        TrackedObligation o = compliance.update(t.getSystemId(), t.getId(), expected, change, caller.require().name());
        return Response.ok(o).tag(Preconditions.etag(o.rowVersion())).build();
    }

    @POST
    @Path("{trackingId}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Access({Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Upload a file as evidence (the body is the file); its type is sniffed from the bytes",
            description = "name: the file name (required); description; expiresOn=YYYY-MM-DD (valid through that day). Accepted: PDF, "
                    + "PNG, JPEG, GIF, WebP, TIFF, plain text, CSV, OOXML, OpenDocument, legacy Office; anything else gets 415. "
                    + "Larger than mizan.evidence.max-bytes: 413.")
    public Response upload(@PathParam("systemId") String systemId, @PathParam("trackingId") String trackingId, @QueryParam("name") String name,
                           @QueryParam("description") String description, @QueryParam("expiresOn") String expiresOn, InputStream body) {
        ObligationTracking t = writableTracking(systemId, trackingId);
        List<FieldError> errors = new ArrayList<>();
        String fileName = fileName(name, errors);
        if (description != null && description.length() > 2000) {
            errors.add(new FieldError("?description", "at most 2000 characters"));
        }
        LocalDate expires = date("expiresOn", expiresOn, errors);
        Queries.failOn(errors);
        Evidence e = intake.receive(t.getSystemId(), t.getId(), body, fileName, blankToNull(description), expires, caller.require().name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(e.getId())).path("content").build())
                .entity(EvidenceView.of(e)).build();
    }

    @POST
    @Path("{trackingId}/evidence/links")
    @Access({Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Add a link (http or https) as evidence, with a description and an optional expiry date")
    public Response link(@PathParam("systemId") String systemId, @PathParam("trackingId") String trackingId, byte[] body) {
        ObligationTracking t = writableTracking(systemId, trackingId);
        JsonNode tree = StrictJson.parse(body);
        List<FieldError> errors = new ArrayList<>(StrictJson.violations(tree, "evidence-link"));
        String url = tree.path("url").asText(null);
        if (url != null && errors.stream().noneMatch(e -> e.pointer().equals("/url"))) {
            try {
                URI parsed = new URI(url);
                if (parsed.getHost() == null || parsed.getHost().isBlank()) {
                    errors.add(new FieldError("/url", "must name a host"));
                }
            } catch (URISyntaxException e) {
                errors.add(new FieldError("/url", "is not a valid address: " + e.getReason()));
            }
        }
        LocalDate expires = bodyDate(tree, "expiresOn", errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::pointer));
            throw ProblemException.invalid(errors);
        }
        Evidence e = compliance.addLink(t.getSystemId(), t.getId(), url, blankToNull(tree.path("description").asText(null)), expires,
                caller.require().name());
        return Response.created(uri.getBaseUriBuilder().path("systems").path(String.valueOf(t.getSystemId())).path("obligations")
                .path(String.valueOf(t.getId())).path("evidence").path(String.valueOf(e.getId())).build()).entity(EvidenceView.of(e)).build();
    }

    @GET
    @Path("{trackingId}/evidence/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "The evidence file as uploaded, with its sniffed type; its SHA-256 is checked before it is sent")
    public Response content(@PathParam("systemId") String systemId, @PathParam("trackingId") String trackingId,
                            @PathParam("evidenceId") String evidenceId) {
        long system = readableSystem(systemId);
        Evidence e = compliance.evidence(system, Queries.pathId("Obligation", trackingId), Queries.pathId("Evidence", evidenceId));
        if (e.getKind() != Evidence.Kind.FILE) {
            throw ProblemException.notFound("The file of evidence " + evidenceId + " (a link: " + e.getUrl() + ")");
        }
        return Response.ok(reader.verifiedContent(e), e.getContentType())
                .header("Content-Disposition", EvidenceReader.attachment(e.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", e.getSizeBytes())
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Path("{trackingId}/evidence/{evidenceId}")
    @Access({Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Withdraw evidence: kept for the record (and its file), it no longer counts")
    public Response withdraw(@PathParam("systemId") String systemId, @PathParam("trackingId") String trackingId,
                             @PathParam("evidenceId") String evidenceId) {
        ObligationTracking t = writableTracking(systemId, trackingId);
        compliance.withdraw(t.getSystemId(), t.getId(), Queries.pathId("Evidence", evidenceId), caller.require().name());
        return Response.noContent().build();
    }

    /** The system id, once the caller may read the system's organization (another organization's system is 404). */
    private long readableSystem(String systemId) {
        long id = Queries.pathId("AI system", systemId);
        caller.requireRead(compliance.organizationOf(id), "AI system " + systemId);
        return id;
    }

    private ObligationTracking writableTracking(String systemId, String trackingId) {
        long system = Queries.pathId("AI system", systemId);
        caller.requireWrite(compliance.organizationOf(system), "AI system " + systemId);
        return compliance.tracking(system, Queries.pathId("Obligation", trackingId));
    }

    private static Compliance.Change change(byte[] body) {
        JsonNode tree = StrictJson.parse(body);
        List<FieldError> errors = new ArrayList<>(StrictJson.violations(tree, "obligation-update"));
        LocalDate due = bodyDate(tree, "dueDate", errors);
        String status = tree.path("status").asText(null);
        String justification = tree.path("justification").asText(null);
        if ("NOT_APPLICABLE".equals(status) && (justification == null || justification.isBlank())
                && errors.stream().noneMatch(e -> e.pointer().equals("/justification"))) {
            errors.add(new FieldError("/justification", "required (and not blank) when the status is NOT_APPLICABLE"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::pointer));
            throw ProblemException.invalid(errors);
        }
        return new Compliance.Change(ObligationStatus.valueOf(status), blankToNull(justification), blankToNull(tree.path("owner").asText(null)),
                due, blankToNull(tree.path("notes").asText(null)));
    }

    /** A date field of a body that passed its pattern: the calendar must know it too (no 2026-02-30). */
    private static LocalDate bodyDate(JsonNode tree, String field, List<FieldError> errors) {
        JsonNode v = tree.path(field);
        if (!v.isTextual() || errors.stream().anyMatch(e -> e.pointer().equals("/" + field))) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError("/" + field, "is not a date of the calendar"));
            return null;
        }
    }

    static LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError("?" + name, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private static boolean flag(String name, String value, List<FieldError> errors) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        errors.add(new FieldError("?" + name, "must be true or false"));
        return false;
    }

    /**
     * The name the file is stored and offered under: only its last path segment (a client may send a full
     * path), without control characters, at most 255 characters. It never decides the type.
     */
    static String fileName(String name, List<FieldError> errors) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            errors.add(new FieldError("?name", "the file name is required"));
            return null;
        }
        return n.length() > 255 ? n.substring(0, 255) : n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
