package ma.mizan.law.boundary;

import jakarta.inject.Inject;
import ma.mizan.identity.boundary.Access;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.mizan.assessment.control.RuleEngine;
import ma.mizan.law.entity.LegalText;
import ma.mizan.platform.control.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The legal texts the rules cite, read-only. IDs contain a slash: /legal-texts/ma-law-09-08/art-11. */
@Access(anonymous = true)
@Path("legal-texts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "legal-texts")
public class LegalTextsResource {

    /** A unit in a list: enough to choose one to read. */
    public record Summary(String id, String instrument, String number, Map<String, String> title, String status, LocalDate validFrom,
                          String use) {
    }

    @Inject
    RuleEngine engine;

    @GET
    @Operation(summary = "Every legal unit, optionally of one instrument (e.g. ma-law-09-08), status, or containing a word")
    public List<Summary> list(@QueryParam("instrument") String instrument, @QueryParam("status") String status,
                              @QueryParam("q") String q) {
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        return engine.ruleBase().catalogue().all().stream()
                .filter(t -> instrument == null || instrument.isEmpty() || t.instrument().equals(instrument))
                .filter(t -> status == null || status.isEmpty() || t.status().equals(status))
                .filter(t -> needle == null || needle.isEmpty() || t.title().values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(needle))
                        || t.summary().values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(needle)))
                .map(t -> new Summary(t.id(), t.instrument(), t.number(), t.title(), t.status(), t.validFrom(), t.use()))
                .toList();
    }

    @GET
    @Path("{id: .+}")
    @Operation(summary = "One legal unit with its summary in French and English, source and uncertainties")
    public LegalText read(@PathParam("id") String id) {
        return engine.ruleBase().catalogue().find(id).orElseThrow(() -> ProblemException.notFound("Legal text " + id));
    }
}
