package ma.mizan.compliance.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.mizan.compliance.control.CalendarFeed;
import ma.mizan.compliance.control.Compliance;
import ma.mizan.compliance.control.ObligationCalendar;
import ma.mizan.compliance.entity.CalendarEntry;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.entity.Problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The obligation calendar of a system or an organization, as JSON and as iCalendar. One root resource per
 * address: a resource at {@code systems/{id}} would take every request under {@code systems/} away from the
 * systems resource (JAX-RS picks the root class by its longest literal path first and does not backtrack).
 */
public final class CalendarResource {

    static final String ICS = "text/calendar; charset=UTF-8";

    private CalendarResource() {
    }

    /** from/to (inclusive), both optional. */
    static LocalDate[] range(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = ObligationsResource.date("from", from, errors);
        LocalDate t = ObligationsResource.date("to", to, errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("?to", "must not be before from"));
        }
        Queries.failOn(errors);
        return new LocalDate[] {f, t};
    }

    static Response ics(String name, List<CalendarEntry> entries, Clock clock, String fileName) {
        return Response.ok(CalendarFeed.write(name, entries, clock.instant()), ICS)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** A system's entries, for a caller who may read it; the JSON and the iCalendar operations share it. */
    static List<CalendarEntry> ofSystem(ObligationCalendar calendar, Compliance compliance, Caller caller, String systemId, String from,
                                        String to) {
        long id = Queries.pathId("AI system", systemId);
        caller.requireRead(compliance.organizationOf(id), "AI system " + systemId);
        LocalDate[] r = range(from, to);
        return calendar.ofSystem(id, r[0], r[1]);
    }

    /** An organization's entries, for a caller who may read it. */
    static List<CalendarEntry> ofOrganization(ObligationCalendar calendar, Caller caller, String organizationId, String from, String to) {
        long id = Queries.pathId("Organization", organizationId);
        caller.requireRead(id, "Organization " + organizationId);
        LocalDate[] r = range(from, to);
        return calendar.ofOrganization(id, r[0], r[1]);
    }

    @Path("systems/{systemId}/calendar")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "obligations")
    public static class OfSystem {
        @Inject
        ObligationCalendar calendar;
        @Inject
        Compliance compliance;
        @Inject
        Caller caller;

        @GET
        @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
        @Operation(summary = "What is due when for the system: due dates and evidence expiry dates (from, to: optional dates)")
        public List<CalendarEntry> entries(@PathParam("systemId") String systemId, @QueryParam("from") String from, @QueryParam("to") String to) {
            return ofSystem(calendar, compliance, caller, systemId, from, to);
        }
    }

    @Path("systems/{systemId}/calendar.ics")
    @Tag(name = "obligations")
    public static class OfSystemIcs {
        @Inject
        ObligationCalendar calendar;
        @Inject
        Compliance compliance;
        @Inject
        Caller caller;
        @Inject
        Clock clock;

        @GET
        @Produces("text/calendar")
        @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
        @Operation(summary = "The system's obligation calendar as iCalendar (all-day events; from, to: optional dates)")
        public Response entries(@PathParam("systemId") String systemId, @QueryParam("from") String from, @QueryParam("to") String to) {
            List<CalendarEntry> entries = ofSystem(calendar, compliance, caller, systemId, from, to);
            long id = Queries.pathId("AI system", systemId);
            return ics("Mizan: obligations of AI system " + id, entries, clock, "mizan-system-" + id + ".ics");
        }
    }

    @Path("organizations/{organizationId}/calendar")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "obligations")
    public static class OfOrganization {
        @Inject
        ObligationCalendar calendar;
        @Inject
        Caller caller;

        @GET
        @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
        @Operation(summary = "What is due when across the organization's systems (from, to: optional dates)")
        public List<CalendarEntry> entries(@PathParam("organizationId") String organizationId, @QueryParam("from") String from,
                                           @QueryParam("to") String to) {
            return ofOrganization(calendar, caller, organizationId, from, to);
        }
    }

    @Path("organizations/{organizationId}/calendar.ics")
    @Tag(name = "obligations")
    public static class OfOrganizationIcs {
        @Inject
        ObligationCalendar calendar;
        @Inject
        Caller caller;
        @Inject
        Clock clock;

        @GET
        @Produces("text/calendar")
        @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
        @Operation(summary = "The organization's obligation calendar as iCalendar (all-day events; from, to: optional dates)")
        public Response entries(@PathParam("organizationId") String organizationId, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
            List<CalendarEntry> entries = ofOrganization(calendar, caller, organizationId, from, to);
            long id = Queries.pathId("Organization", organizationId);
            return ics("Mizan: obligations of organization " + id, entries, clock, "mizan-organization-" + id + ".ics");
        }
    }
}
