package ma.mizan.exports.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.mizan.assessment.control.Messages;
import ma.mizan.exports.control.ExportFindings;
import ma.mizan.exports.control.ExportJobs;
import ma.mizan.exports.control.Exporter;
import ma.mizan.exports.entity.ExportFormat;
import ma.mizan.exports.entity.ExportJob;
import ma.mizan.exports.entity.ExportRequest;
import ma.mizan.exports.entity.ExportScope;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.identity.entity.Role;
import ma.mizan.organizations.control.Organizations;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.systems.control.Systems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exports as signed bundles: a ZIP holding the data files, manifest.json (file names, SHA-256, rule base,
 * who, when), manifest.sig (Ed25519 over manifest.json) and SHA256SUMS. Who may export what: a system,
 * an organization or an audit, whoever may read it (the organization, its assigned auditors in their
 * window, the regulator, the administrator); the register and the review queue, the regulator.
 */
@Path("exports")
@Tag(name = "exports")
public class ExportsResource {

    static final String ZIP = "application/zip";

    @Inject
    Exporter exporter;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportFindings findings;

    @Inject
    Systems systems;

    @Inject
    Organizations organizations;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public record JobView(long id, String status, ExportScope scope, Long targetId, ExportFormat format, String language, int attempts,
                          long itemsDone, Long itemsTotal, String fileName, Long sizeBytes, String sha256, String error, String note, OffsetDateTime createdAt,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt, String download) {
        static JobView of(ExportJob j) {
            return new JobView(j.getId(), j.getStatus().name(), j.getScope(), j.getTargetId(), j.getFormat(), j.getLanguage(), j.getAttempts(),
                    j.getItemsDone(), j.getItemsTotal(), j.getFileName(), j.getSizeBytes(), j.getSha256(),
                    j.getStatus() == ExportJob.Status.FAILED ? j.getError() : null, j.getStatus() == ExportJob.Status.FAILED ? null : j.getError(),
                    j.getCreatedAt(),
                    j.getStartedAt(), j.getFinishedAt(), j.getStatus() == ExportJob.Status.DONE ? "/api/v1/exports/jobs/" + j.getId() + "/bundle" : null);
        }
    }

    private ExportFormat format(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("?format", "required: one of csv, json, xlsx, pdf, annex-viii");
        }
        try {
            return ExportFormat.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("?format", "must be one of csv, json, xlsx, pdf, annex-viii");
        }
    }

    private String language(String lang) {
        if (lang != null && !lang.isEmpty()) {
            if (!Messages.LANGUAGES.contains(lang)) {
                throw ProblemException.invalid("?lang", "must be one of " + Messages.LANGUAGES);
            }
            return lang;
        }
        return Messages.forLanguages(headers.getAcceptableLanguages()).language();
    }

    /** Checks that the caller may export the scope's record (404 when it cannot see it, 403 when the scope is the regulator's). */
    void authorize(ExportScope scope, Long targetId) {
        CallerIdentity who = caller.require();
        switch (scope) {
            case SYSTEM -> caller.requireRead(systems.find(targetId).getOrganization().getId(), "AI system " + targetId);
            case ORGANIZATION -> {
                caller.requireRead(targetId, "Organization " + targetId);
                organizations.find(targetId);
            }
            case AUDIT -> {
                var audit = findings.audit(targetId);
                if (audit == null) {
                    throw ProblemException.notFound("Audit " + targetId);
                }
                caller.requireRead(audit.organizationId(), "Audit " + targetId);
            }
            case REGISTER, REVIEW_QUEUE -> {
                if (who.role() != Role.REGULATOR) {
                    throw new ProblemException(403, "forbidden", "Forbidden", "Only the regulator exports the register and the review queue.");
                }
            }
        }
    }

    private Response bundle(ExportRequest request) {
        authorize(request.scope(), request.targetId());
        exporter.check(request, "?");
        CallerIdentity who = caller.require();
        // the reference in the manifest is the audit trail's entity id of this export: a bundle can be matched to its entry
        String reference = "download-" + java.util.UUID.randomUUID();
        StreamingOutput body = out -> exporter.export(request, who, out, Exporter.Progress.NONE, reference);
        String name = request.baseName() + "-" + request.format().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".zip";
        return Response.ok(body, ZIP).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private ExportRequest request(ExportScope scope, Long id, String format, String lang, String asAt, Map<String, String> filters) {
        return new ExportRequest(scope, id, format(format), filters, language(lang), Queries.asAt(asAt, clock));
    }

    private static final String FORMATS = "format: csv, json, xlsx, pdf or annex-viii (systems that must be registered); lang: en or fr; "
            + "asAt: the day obligations are read as at (default today). The answer is a ZIP: data files, manifest.json, manifest.sig "
            + "(Ed25519, key at /api/v1/exports/public-key) and SHA256SUMS.";

    @GET
    @Path("systems/{id}")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Export one system: identity, classification with reasons and citations, obligations with status and evidence, findings",
            description = FORMATS)
    public Response system(@PathParam("id") String id, @QueryParam("format") String format, @QueryParam("lang") String lang,
                           @QueryParam("asAt") String asAt) {
        return bundle(request(ExportScope.SYSTEM, Queries.pathId("AI system", id), format, lang, asAt, Map.of()));
    }

    @GET
    @Path("organizations/{id}")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Export an organization: every system's dossier and the findings about it", description = FORMATS)
    public Response organization(@PathParam("id") String id, @QueryParam("format") String format, @QueryParam("lang") String lang,
                                 @QueryParam("asAt") String asAt) {
        return bundle(request(ExportScope.ORGANIZATION, Queries.pathId("Organization", id), format, lang, asAt, Map.of()));
    }

    @GET
    @Path("audits/{id}")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Export an audit: the audit, its findings and responses, and the dossiers of the systems in its scope", description = FORMATS)
    public Response audit(@PathParam("id") String id, @QueryParam("format") String format, @QueryParam("lang") String lang,
                          @QueryParam("asAt") String asAt) {
        return bundle(request(ExportScope.AUDIT, Queries.pathId("Audit", id), format, lang, asAt, Map.of()));
    }

    @GET
    @Path("register")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Access(Role.REGULATOR)
    @Operation(summary = "The regulator's export of the register (every field, restricted entries included); filters q, riskLevel, useArea, "
            + "sector, organizationId", description = FORMATS)
    public Response register(@QueryParam("format") String format, @QueryParam("lang") String lang, @QueryParam("q") String q,
                             @QueryParam("riskLevel") String riskLevel, @QueryParam("useArea") String useArea, @QueryParam("sector") String sector,
                             @QueryParam("organizationId") String organizationId) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "q", q);
        put(f, "riskLevel", riskLevel);
        put(f, "useArea", useArea);
        put(f, "sector", sector);
        put(f, "organizationId", organizationId);
        return bundle(request(ExportScope.REGISTER, null, format, lang, null, f));
    }

    @GET
    @Path("review-queue")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Access(Role.REGULATOR)
    @Operation(summary = "The regulator's export of the review queue, with the queue's filters (status, riskLevel, useArea, sector, "
            + "organizationId, overdue, deadlineBefore, sort)", description = FORMATS)
    public Response queue(@QueryParam("format") String format, @QueryParam("lang") String lang, @QueryParam("status") String status,
                          @QueryParam("riskLevel") String riskLevel, @QueryParam("useArea") String useArea, @QueryParam("sector") String sector,
                          @QueryParam("organizationId") String organizationId, @QueryParam("overdue") String overdue,
                          @QueryParam("deadlineBefore") String deadlineBefore, @QueryParam("sort") String sort) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "status", status);
        put(f, "riskLevel", riskLevel);
        put(f, "useArea", useArea);
        put(f, "sector", sector);
        put(f, "organizationId", organizationId);
        put(f, "overdue", overdue);
        put(f, "deadlineBefore", deadlineBefore);
        put(f, "sort", sort);
        return bundle(request(ExportScope.REVIEW_QUEUE, null, format, lang, null, f));
    }

    private static void put(Map<String, String> f, String key, String value) {
        if (value != null && !value.isEmpty()) {
            f.put(key, value);
        }
    }

    @POST
    @Path("jobs")
    @Produces(MediaType.APPLICATION_JSON)
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Request an export in the background: {scope, targetId, format, language, filters}; follow it at the Location given",
            description = "scope SYSTEM, ORGANIZATION, AUDIT (targetId required) or REGISTER, REVIEW_QUEUE (the regulator); format CSV, JSON, "
                    + "XLSX, PDF, ANNEX_VIII. A job cut off by a stop of the application is run again at the next start, or reported FAILED.")
    public Response submit(byte[] body) {
        JsonNode b = StrictJson.validate(body, "export-job");
        ExportScope scope = ExportScope.valueOf(b.get("scope").asText());
        Long target = b.hasNonNull("targetId") ? b.get("targetId").asLong() : null;
        Map<String, String> filters = new LinkedHashMap<>();
        b.path("filters").fields().forEachRemaining(e -> filters.put(e.getKey(), e.getValue().asText()));
        ExportRequest request = new ExportRequest(scope, scope.hasTarget() ? target : null, ExportFormat.valueOf(b.get("format").asText()),
                filters, b.hasNonNull("language") ? b.get("language").asText() : language(null), java.time.LocalDate.now(clock));
        authorize(request.scope(), request.targetId());
        exporter.check(request, "/filters/");
        ExportJob job = jobs.submit(request, caller.require());
        return Response.accepted(JobView.of(job)).location(uri.getAbsolutePathBuilder().path(String.valueOf(job.getId())).build()).build();
    }

    @GET
    @Path("jobs")
    @Produces(MediaType.APPLICATION_JSON)
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "The caller's export jobs, newest first (the last 100)")
    public List<JobView> myJobs() {
        return jobs.of(caller.require().name()).stream().map(JobView::of).toList();
    }

    @GET
    @Path("jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "One of the caller's export jobs: status, progress (itemsDone of itemsTotal), attempts, outcome")
    public JobView job(@PathParam("id") String id) {
        return JobView.of(jobs.find(Queries.pathId("Export job", id), caller.require().name()));
    }

    @GET
    @Path("jobs/{id}/bundle")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "The bundle of a finished export job")
    public Response download(@PathParam("id") String id) {
        ExportJob job = jobs.find(Queries.pathId("Export job", id), caller.require().name());
        if (job.getStatus() != ExportJob.Status.DONE) {
            throw new ProblemException(409, "export-not-ready", "Export not ready", "The export job is " + job.getStatus()
                    + (job.getError() == null ? "." : ": " + job.getError()));
        }
        java.nio.file.Path file = jobs.bundle(job);
        if (!Files.isRegularFile(file)) {
            throw new ProblemException(410, "export-gone", "Export gone", "The bundle of this job is no longer in the export folder; request it again.");
        }
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, ZIP).header("Content-Disposition", "attachment; filename=\"" + job.getFileName() + "\"")
                .header("Content-Length", job.getSizeBytes()).build();
    }

    @GET
    @Path("public-key")
    @Produces("application/x-pem-file")
    @Access(anonymous = true)
    @Operation(summary = "The instance's Ed25519 public key (PEM) that signs export manifests, for verification without Mizan "
            + "(openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in manifest.json -sigfile manifest.sig.bin)")
    public String publicKey() {
        return exporter.publicKeyPem();
    }
}
