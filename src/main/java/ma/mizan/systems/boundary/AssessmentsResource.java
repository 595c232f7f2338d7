package ma.mizan.systems.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import ma.mizan.assessment.control.Messages;
import ma.mizan.platform.boundary.Paging;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.entity.Page;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.systems.control.Assessments;
import ma.mizan.systems.control.Systems;
import ma.mizan.systems.entity.Assessment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("systems/{systemId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessments")
public class AssessmentsResource {

    @Inject
    Assessments assessments;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @Inject
    Caller caller;

    @Inject
    Systems systems;

    @Context
    HttpHeaders headers;

    @POST
    @Access({Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Assess the system's current profile with the current rule base and store the result",
            description = "asAt=YYYY-MM-DD (default today) is the date at which obligations are said to be in force; "
                    + "Accept-Language fr or en chooses the language of titles and explanations.")
    public Response assess(@PathParam("systemId") String systemId, @QueryParam("asAt") String asAt) {
        long id = Queries.pathId("AI system", systemId);
        caller.requireWrite(systems.find(id).getOrganization().getId(), "AI system " + systemId);
        Assessment a = assessments.assess(id, Queries.asAt(asAt, clock), Messages.forLanguages(headers.getAcceptableLanguages()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build()).entity(AssessmentView.of(a)).build();
    }

    @GET
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "The system's assessments, newest first")
    public Page<AssessmentView> history(@PathParam("systemId") String systemId, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        caller.requireRead(systems.find(Queries.pathId("AI system", systemId)).getOrganization().getId(), "AI system " + systemId);
        Paging paging = Paging.of(page, size);
        Page<Assessment> p = assessments.history(Queries.pathId("AI system", systemId), paging.page(), paging.size());
        return new Page<>(p.items().stream().map(AssessmentView::of).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("{id}")
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "One stored assessment")
    public AssessmentView read(@PathParam("systemId") String systemId, @PathParam("id") String id) {
        caller.requireRead(systems.find(Queries.pathId("AI system", systemId)).getOrganization().getId(), "AI system " + systemId);
        return AssessmentView.of(assessments.find(Queries.pathId("AI system", systemId), Queries.pathId("Assessment", id)));
    }
}
