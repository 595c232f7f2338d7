package ma.mizan.review.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.assessment.entity.UseArea;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.boundary.Paging;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.entity.Page;
import ma.mizan.platform.entity.Problem.FieldError;
import ma.mizan.review.boundary.ReviewResource.ReviewView;
import ma.mizan.review.control.Reviews;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regulator's queue of filings and the dashboard counts. */
@Path("review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
public class ReviewQueueResource {

    @Inject
    Reviews reviews;

    @Inject
    Caller caller;

    private static java.time.LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError("?" + name, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private ReviewView view(AiSystem s, boolean withComments) {
        return ReviewResource.describe(s, withComments, caller, reviews);
    }

    @GET
    @Access(Role.REGULATOR)
    @Operation(summary = "The regulator's queue of filings: filter by status, tier, use area, sector, organization, overdue, response deadline "
            + "on or before deadlineBefore; sort by deadline, "
            + "submitted or name")
    public Page<ReviewView> queue(@QueryParam("status") String status, @QueryParam("riskLevel") String riskLevel,
                                  @QueryParam("useArea") String useArea, @QueryParam("sector") String sector,
                                  @QueryParam("organizationId") String organizationId, @QueryParam("overdue") String overdue,
                                  @QueryParam("deadlineBefore") String deadlineBefore, @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(page, size, errors);
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            errors.add(new FieldError("?overdue", "must be true or false"));
        }
        Reviews.Sort order = sort == null ? Reviews.Sort.DEADLINE
                : Queries.enumValue("sort", sort.toUpperCase(Locale.ROOT), Reviews.Sort.class, errors);
        var filter = new Reviews.QueueFilter(Queries.enumValue("status", status, RegistrationStatus.class, errors),
                Queries.enumValue("riskLevel", riskLevel, RiskLevel.class, errors), Queries.enumValue("useArea", useArea, UseArea.class, errors),
                sector, Queries.id("organizationId", organizationId, errors), "true".equals(overdue), date("deadlineBefore", deadlineBefore, errors));
        Queries.failOn(errors);
        Page<AiSystem> p = reviews.queue(filter, order == null ? Reviews.Sort.DEADLINE : order, paging.page(), paging.size());
        return new Page<>(p.items().stream().map(s -> view(s, false)).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("counts")
    @Access(Role.REGULATOR)
    @Operation(summary = "Counts for the regulator's dashboard: systems by status, filings by tier, overdue filings")
    public Map<String, Map<String, Long>> counts() {
        return reviews.counts();
    }
}
