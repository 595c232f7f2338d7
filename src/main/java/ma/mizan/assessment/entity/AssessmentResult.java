package ma.mizan.assessment.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of the rule base for one profile: the contract's Assessment, plus {@code citations} (every
 * cited unit with its title, so a reader need not look each one up) and {@code language}.
 */
public record AssessmentResult(
        RiskLevel riskLevel,
        List<HighRiskBasis> highRiskBasis,
        boolean derogationApplied,
        GeneralPurposeModelClass generalPurposeModel,
        CndpResult cndp,
        List<Obligation> obligations,
        LocalDate asAt,
        List<TraceEntry> trace,
        RuleBaseIdentity ruleBase,
        List<Citation> citations,
        String language) {
}
