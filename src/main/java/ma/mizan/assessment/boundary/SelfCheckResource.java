package ma.mizan.assessment.boundary;

import jakarta.inject.Inject;
import ma.mizan.identity.boundary.Access;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import ma.mizan.assessment.control.Messages;
import ma.mizan.assessment.control.RuleEngine;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.StrictJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public self-check of the contract: assesses a profile, stores nothing. */
@Access(anonymous = true)
@Path("self-check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "self-check")
public class SelfCheckResource {

    @Inject
    RuleEngine engine;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "Classify an AiSystemProfile and list its obligations (public, nothing stored)",
            description = "asAt=YYYY-MM-DD (default today); Accept-Language fr or en (default en).")
    public AssessmentResult check(@QueryParam("asAt") String asAt, byte[] body) {
        var date = Queries.asAt(asAt, clock);
        AiSystemProfile profile = StrictJson.read(body, "ai-system-profile", AiSystemProfile.class);
        return engine.assessor().assess(profile, date, Messages.forLanguages(headers.getAcceptableLanguages()));
    }
}
