package ma.mizan.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Mizan API", version = "1",
        description = "AI-system registry and AI-regulation compliance for Morocco: organizations register AI systems, "
                + "a rule base classifies them under a working model of the draft AI law and under Law 09-08 (CNDP). "
                + "Errors are application/problem+json (RFC 9457) with errors[{pointer, detail}]. "
                + "Not legal advice: the AI-law side is a working model of a draft law.",
        license = @License(name = "Proprietary")),
        tags = {@Tag(name = "organizations"), @Tag(name = "systems"), @Tag(name = "assessments"),
                @Tag(name = "self-check"), @Tag(name = "legal-texts"), @Tag(name = "rule-base")})
public class MizanApplication extends Application {
}
