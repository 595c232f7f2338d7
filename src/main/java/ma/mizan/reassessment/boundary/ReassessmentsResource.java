package ma.mizan.reassessment.boundary;

import jakarta.inject.Inject;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.entity.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import ma.mizan.platform.entity.Problem.FieldError;
import ma.mizan.platform.boundary.Paging;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.entity.Page;
import ma.mizan.reassessment.control.ReassessmentStore;
import ma.mizan.reassessment.control.Reassessments;
import ma.mizan.reassessment.entity.ReassessmentChange;
import ma.mizan.reassessment.entity.ReassessmentRun;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Re-assessment runs: start one, follow its progress, read its report. */
@Access({Role.REGULATOR, Role.ADMIN})
@Path("reassessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reassessments")
public class ReassessmentsResource {

    /** A run and its progress. {@code batchStatus} is the state of its current batch execution. */
    public record RunView(long id, ReassessmentRun.Reason reason, ReassessmentRun.Status status, String ruleBaseVersion,
                          String ruleBaseHash, LocalDate asAt, long totalSystems, long processed, long changed,
                          List<Long> executionIds, String batchStatus, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                          String failure) {

        static RunView of(ReassessmentStore.Progress p) {
            ReassessmentRun r = p.run();
            return new RunView(r.getId(), r.getReason(), r.getStatus(), r.getRuleBaseVersion(), r.getRuleBaseHash(), r.getAsAt(),
                    r.getTotalSystems(), p.processed(), p.changed(), r.getExecutionIds(), p.batchStatus(), r.getStartedAt(),
                    r.getFinishedAt(), r.getFailure());
        }
    }

    /** One line of a run's report. */
    public record ChangeView(long systemId, Long previousAssessmentId, long newAssessmentId, boolean changed, Object tierBefore,
                             Object tierAfter, Object filingBefore, Object filingAfter, Object transferBefore, Object transferAfter,
                             List<String> obligationsAdded, List<String> obligationsRemoved) {

        static ChangeView of(ReassessmentChange c) {
            return new ChangeView(c.getSystemId(), c.getPreviousAssessmentId(), c.getNewAssessmentId(), c.isChanged(), c.getTierBefore(),
                    c.getTierAfter(), c.getFilingBefore(), c.getFilingAfter(), c.getTransferBefore(), c.getTransferAfter(),
                    c.getObligationsAdded(), c.getObligationsRemoved());
        }
    }

    @Inject
    Reassessments reassessments;

    @Inject
    ReassessmentStore store;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Re-assess every stored system on the current rule base (a Jakarta Batch job); 409 while another run is going")
    public Response start() {
        ReassessmentRun run = reassessments.start(ReassessmentRun.Reason.ON_DEMAND);
        return Response.accepted(RunView.of(store.progress(run.getId())))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(run.getId())).build()).build();
    }

    @GET
    @Operation(summary = "Re-assessment runs, newest first, with their progress")
    public Page<RunView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Page<ReassessmentStore.Progress> p = store.list(paging.page(), paging.size());
        return new Page<>(p.items().stream().map(RunView::of).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One run and its progress")
    public RunView read(@PathParam("id") String id) {
        return RunView.of(store.progress(Queries.pathId("Re-assessment run", id)));
    }

    @GET
    @Path("{id}/changes")
    @Operation(summary = "The run's report: per system, tier, CNDP filing and transfer before and after, obligations added and removed")
    public Page<ChangeView> changes(@PathParam("id") String id, @QueryParam("changedOnly") String changedOnly,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(page, size, errors);
        if (changedOnly != null && !changedOnly.equals("true") && !changedOnly.equals("false")) {
            errors.add(new FieldError("?changedOnly", "must be true or false"));
        }
        Queries.failOn(errors);
        Page<ReassessmentChange> p = store.changes(Queries.pathId("Re-assessment run", id), "true".equals(changedOnly), paging.page(), paging.size());
        return new Page<>(p.items().stream().map(ChangeView::of).toList(), p.page(), p.size(), p.total());
    }
}
