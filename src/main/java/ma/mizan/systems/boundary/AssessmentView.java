package ma.mizan.systems.boundary;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import ma.mizan.assessment.entity.RuleBaseIdentity;
import ma.mizan.platform.boundary.Queries;
import ma.mizan.systems.entity.Assessment;

/**
 * A stored assessment: the profile exactly as assessed, the full answer of the rule base (the contract's
 * Assessment), and which rule base produced it.
 */
public record AssessmentView(long id, long systemId, long systemRevision, OffsetDateTime createdAt, LocalDate asAt, String language,
                             RuleBaseIdentity ruleBase, JsonObject profile, JsonObject result) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.getId(), a.getSystem().getId(), a.getSystemRowVersion(), a.getCreatedAt(), a.getAsAt(), a.getLanguage(),
                new RuleBaseIdentity(a.getRuleBaseVersion(), a.getRuleBaseHash()), Queries.json(a.getProfileJson()),
                Queries.json(a.getResultJson()));
    }
}
