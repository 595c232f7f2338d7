package ma.mizan.assessment.boundary;

import jakarta.inject.Inject;
import ma.mizan.identity.boundary.Access;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import ma.mizan.assessment.control.RuleEngine;
import ma.mizan.assessment.entity.facts.LegalRefs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which rule base is running: version, content hash, and every rule with the units it cites. */
@Access(anonymous = true)
@Path("rule-base")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rule-base")
public class RuleBaseResource {

    public record RuleView(String name, String packageName, List<String> legalRefs) {
    }

    public record RuleBaseView(String version, String hash, String origin, int legalTexts, List<RuleView> rules) {
    }

    @Inject
    RuleEngine engine;

    @GET
    @Operation(summary = "The running rule base: version, SHA-256 over rules/ and legal-texts/, its rules and their citations")
    public RuleBaseView read() {
        var rb = engine.ruleBase();
        List<RuleView> rules = rb.rules().stream()
                .map(r -> new RuleView(r.getName(), r.getPackageName(), LegalRefs.of(r)))
                .sorted(Comparator.comparing(RuleView::packageName).thenComparing(RuleView::name)).toList();
        return new RuleBaseView(rb.identity().version(), rb.identity().hash(), rb.origin(), rb.catalogue().all().size(), rules);
    }
}
