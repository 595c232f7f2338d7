package ma.mizan.register.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.assessment.entity.UseArea;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.boundary.Paging;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.platform.entity.Page;
import ma.mizan.platform.entity.Problem.FieldError;
import ma.mizan.register.control.PublicRegister;
import ma.mizan.register.entity.RegisterEntry;
import ma.mizan.register.entity.RegisterReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public register of AI systems: anonymous, read-only, searchable, as JSON or CSV; and the "report an error" channel. */
@Path("register")
@Tag(name = "register")
public class PublicRegisterResource {

    public record ReportView(long id, String registrationNumber, long systemId, long organizationId, String message, String contactEmail,
                             OffsetDateTime createdAt) {
        static ReportView of(RegisterReport r) {
            return new ReportView(r.getId(), r.getRegistrationNumber(), r.getSystemId(), r.getOrganizationId(), r.getMessage(), r.getContactEmail(),
                    r.getCreatedAt());
        }
    }

    @Inject
    PublicRegister register;

    @Inject
    Caller caller;

    private PublicRegister.Filter filter(String q, String riskLevel, String useArea, String sector, List<FieldError> errors) {
        return new PublicRegister.Filter(q, Queries.enumValue("riskLevel", riskLevel, RiskLevel.class, errors),
                Queries.enumValue("useArea", useArea, UseArea.class, errors), sector);
    }

    @GET
    @Access(anonymous = true)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the register (q: text; riskLevel; useArea; sector), a page at a time")
    public Page<RegisterEntry> search(@QueryParam("q") String q, @QueryParam("riskLevel") String riskLevel, @QueryParam("useArea") String useArea,
                                      @QueryParam("sector") String sector, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(page, size, errors);
        PublicRegister.Filter f = filter(q, riskLevel, useArea, sector, errors);
        Queries.failOn(errors);
        return register.search(f, paging.page(), paging.size());
    }

    @GET
    @Path("export.csv")
    @Access(anonymous = true)
    @Produces("text/csv")
    @Operation(summary = "The register (same filters) as CSV, UTF-8 with a byte-order mark so that spreadsheets keep Arabic text intact")
    public Response csv(@QueryParam("q") String q, @QueryParam("riskLevel") String riskLevel, @QueryParam("useArea") String useArea,
                        @QueryParam("sector") String sector) {
        List<FieldError> errors = new ArrayList<>();
        PublicRegister.Filter f = filter(q, riskLevel, useArea, sector, errors);
        Queries.failOn(errors);
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("registrationNumber", "status", "organization", "sector",
                    "system", "intendedPurpose", "riskLevel", "useAreas", "obligations", "registeredAt", "restricted").build())) {
                for (int page = 0; ; page++) {
                    Page<RegisterEntry> p = register.search(f, page, Paging.MAX_SIZE);
                    for (RegisterEntry e : p.items()) {
                        csv.printRecord(e.registrationNumber(), e.status(), e.organization(), e.sector(), e.system(), e.intendedPurpose(),
                                e.riskLevel(), e.useAreas() == null ? null : String.join(" ", e.useAreas()),
                                e.obligations() == null ? null : String.join(" ", e.obligations()), e.registeredAt(), e.restricted());
                    }
                    if ((long) (page + 1) * Paging.MAX_SIZE >= p.total()) {
                        break;
                    }
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"mizan-register.csv\"").build();
    }

    @GET
    @Path("{registrationNumber}")
    @Access(anonymous = true)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One entry of the register")
    public RegisterEntry entry(@PathParam("registrationNumber") String registrationNumber) {
        return register.find(registrationNumber);
    }

    @POST
    @Path("{registrationNumber}/reports")
    @Access(anonymous = true)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an error in an entry (message, optional contact e-mail): it reaches the organization and the regulator")
    public Response report(@PathParam("registrationNumber") String registrationNumber, byte[] body) {
        JsonNode b = StrictJson.validate(body, "register-report");
        RegisterReport r = register.report(registrationNumber, b.get("message").asText(), b.path("contactEmail").asText(null));
        return Response.status(202).entity(new ReportView(r.getId(), r.getRegistrationNumber(), r.getSystemId(), r.getOrganizationId(),
                "received", null, r.getCreatedAt())).build();
    }

    @GET
    @Path("reports")
    @Access({Role.REGULATOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reports of errors in register entries: the regulator reads all, an organization those about its systems")
    public List<ReportView> reports() {
        return register.reports(caller.readableOrganizations()).stream().map(ReportView::of).toList();
    }
}
