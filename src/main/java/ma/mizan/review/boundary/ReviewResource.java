package ma.mizan.review.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.identity.boundary.Access;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.platform.entity.Problem.FieldError;
import ma.mizan.review.control.Reviews;
import ma.mizan.review.entity.ReviewComment;
import ma.mizan.systems.control.Systems;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.AiSystem.Action;
import ma.mizan.systems.entity.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A system's registration workflow: the organization submits and withdraws; the regulator takes a filing,
 * requests changes (comments per field, a response deadline), registers it (a number MA-AI-YYYY-NNNNNN),
 * rejects it, suspends and reinstates it. An action the state does not allow gets 409 with what is allowed.
 */
@Path("systems/{id}/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
public class ReviewResource {

    public record CommentView(String action, String pointer, String text, String author, LocalDate deadline, OffsetDateTime createdAt) {
        static CommentView of(ReviewComment c) {
            return new CommentView(c.getAction(), c.getPointer(), c.getText(), c.getAuthor(), c.getDeadline(), c.getCreatedAt());
        }
    }

    public record ReviewView(long systemId, long organizationId, String name, RegistrationStatus status, Set<String> allowedActions,
                             String registrationNumber, String reviewer, LocalDate deadline, boolean overdue, OffsetDateTime submittedAt,
                             OffsetDateTime registeredAt, RiskLevel latestRiskLevel, RiskLevel registeredRiskLevel, Boolean substantialChange,
                             String statusReason, List<CommentView> comments) {
    }

    @Inject
    Reviews reviews;

    @Inject
    Systems systems;

    @Inject
    Caller caller;

    private ReviewView view(AiSystem s, boolean withComments) {
        return describe(s, withComments, caller, reviews);
    }

    static ReviewView describe(AiSystem s, boolean withComments, Caller caller, Reviews reviews) {
        boolean regulator = caller.is(Role.REGULATOR);
        boolean owner = caller.identity().map(i -> i.role().belongsToAnOrganization()).orElse(false)
                && caller.canWrite(s.getOrganization().getId());
        Set<String> allowed = s.allowedActions().stream()
                .filter(a -> a.byOrganization() ? owner : regulator)
                .map(a -> slug(a)).collect(Collectors.toCollection(java.util.TreeSet::new));
        return new ReviewView(s.getId(), s.getOrganization().getId(), s.getName(), s.getRegistrationStatus(), allowed, s.getRegistrationNumber(),
                s.getReviewer(), s.getReviewDeadline(), s.overdue(reviews.today()), s.getSubmittedAt(), s.getRegisteredAt(), s.getLatestRiskLevel(),
                s.getRegisteredRiskLevel(), s.getSubstantialChange(), s.getStatusReason(),
                withComments ? reviews.comments(s.getId()).stream().map(CommentView::of).toList() : null);
    }

    static String slug(Action a) {
        return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @GET
    @Access({Role.ADMIN, Role.REGULATOR, Role.AUDITOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "A system's registration status, what the caller may do next, the reviewers' comments and the deadline")
    public ReviewView read(@PathParam("id") String id) {
        AiSystem s = systems.find(Queries.pathId("AI system", id));
        caller.requireRead(s.getOrganization().getId(), "AI system " + id);
        return view(s, true);
    }

    @POST
    @Path("{action}")
    @Access({Role.REGULATOR, Role.ORG_ADMIN, Role.ORG_MEMBER})
    @Operation(summary = "Take a workflow action: submit, withdraw (the organization); take, request-changes, register, reject, suspend, "
            + "reinstate (the regulator). request-changes needs comments [{pointer, text}] and a deadline; reject and suspend need a reason.")
    public ReviewView act(@PathParam("id") String id, @PathParam("action") String actionSlug, byte[] body) {
        AiSystem s = systems.find(Queries.pathId("AI system", id));
        caller.requireRead(s.getOrganization().getId(), "AI system " + id);
        Action action;
        try {
            action = Action.valueOf(actionSlug.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Workflow action " + actionSlug);
        }
        if (action.byOrganization()) {
            caller.requireWrite(s.getOrganization().getId(), "AI system " + id);
        } else if (!caller.is(Role.REGULATOR)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only the regulator may " + slug(action) + " a filing.");
        }
        JsonNode details = body == null || body.length == 0 ? JsonNodeFactory.instance.objectNode() : StrictJson.validate(body, "review-action");
        List<FieldError> errors = new ArrayList<>();
        if (action == Action.REQUEST_CHANGES) {
            if (!details.has("comments")) {
                errors.add(new FieldError("/comments", "at least one comment {pointer, text} is required"));
            }
            if (!details.has("deadline")) {
                errors.add(new FieldError("/deadline", "a response deadline is required"));
            } else {
                try {
                    LocalDate.parse(details.get("deadline").asText());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError("/deadline", "not a date"));
                }
            }
        }
        if ((action == Action.REJECT || action == Action.SUSPEND) && !details.has("reason")) {
            errors.add(new FieldError("/reason", "the reasons are required"));
        }
        Queries.failOn(errors);
        return view(reviews.act(s, action, details, caller.require().name()), true);
    }
}
