package ma.mizan.assessment.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ma.mizan.assessment.entity.Addressee;
import ma.mizan.assessment.entity.AiSystemProfile;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.assessment.entity.Citation;
import ma.mizan.assessment.entity.CndpResult;
import ma.mizan.assessment.entity.Filing;
import ma.mizan.assessment.entity.GeneralPurposeModelClass;
import ma.mizan.assessment.entity.HighRiskBasis;
import ma.mizan.assessment.entity.Obligation;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.assessment.entity.Transfer;
import ma.mizan.assessment.entity.facts.Acts;
import ma.mizan.assessment.entity.facts.DerogationUsed;
import ma.mizan.assessment.entity.facts.Duty;
import ma.mizan.assessment.entity.facts.Gpai;
import ma.mizan.assessment.entity.facts.HighRisk;
import ma.mizan.assessment.entity.facts.InScope;
import ma.mizan.assessment.entity.facts.Processes;
import ma.mizan.assessment.entity.facts.ProcessingFiling;
import ma.mizan.assessment.entity.facts.Regime;
import ma.mizan.assessment.entity.facts.Tier;
import ma.mizan.assessment.entity.facts.TransferFiling;
import ma.mizan.assessment.entity.facts.UsedFor;
import ma.mizan.law.entity.LegalText;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates one profile with the rule base: opens a session, inserts the profile as facts, lets the
 * rules derive the classification and the obligations, and reads the answer back. The Java side only
 * collects: every legal conclusion (tier, bases, filings, duties) is a fact derived by a rule, so that
 * the trace can show where it came from.
 */
public final class Assessor {

    /** A guard against a rule base that loops; the full rule base fires a few hundred rules at most. */
    private static final int MAX_FIRINGS = 20_000;

    private final RuleBase ruleBase;

    public Assessor(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    public AssessmentResult assess(AiSystemProfile profile, LocalDate asAt, Messages messages) {
        KieSession session = ruleBase.kieBase().newKieSession();
        TraceRecorder recorder = new TraceRecorder();
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            insertFacts(session, profile);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("the rule base did not settle after " + MAX_FIRINGS + " firings");
            }
            return collect(session, recorder, asAt, messages);
        } finally {
            session.dispose();
        }
    }

    private void insertFacts(KieSession session, AiSystemProfile p) {
        session.insert(p);
        for (Object part : List.of(p.getScope(), p.getPractices(), p.getBiometrics(), p.getContext(), p.getRegulatedProduct(),
                p.getDerogation(), p.getTransparency(), p.getGeneralPurposeModel(), p.getPersonalData())) {
            session.insert(part);
        }
        new LinkedHashSet<>(p.getUseAreas()).forEach(a -> session.insert(new UsedFor(a)));
        new LinkedHashSet<>(p.getPersonalData().getCategories()).forEach(c -> session.insert(new Processes(c)));
        for (Transfer t : p.getPersonalData().getTransfers()) {
            session.insert(t);
        }
        ruleBase.catalogue().adequateCountries().forEach(session::insert);
        switch (p.getRole()) {
            case PROVIDER -> session.insert(new Acts(Addressee.PROVIDER));
            case DEPLOYER -> session.insert(new Acts(Addressee.DEPLOYER));
            case PROVIDER_AND_DEPLOYER -> {
                session.insert(new Acts(Addressee.PROVIDER));
                session.insert(new Acts(Addressee.DEPLOYER));
            }
            case IMPORTER -> session.insert(new Acts(Addressee.IMPORTER));
            case DISTRIBUTOR -> session.insert(new Acts(Addressee.DISTRIBUTOR));
        }
    }

    private AssessmentResult collect(KieSession session, TraceRecorder recorder, LocalDate asAt, Messages messages) {
        List<Object> facts = new ArrayList<>(session.getObjects());

        // Decision 1: precedence among tiers; the rules derive the tier, the enum order settles a tie defensively.
        RiskLevel tier = facts.stream().filter(Tier.class::isInstance).map(f -> ((Tier) f).getLevel())
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("the rule base derived no tier"));
        Set<HighRiskBasis> bases = EnumSet.noneOf(HighRiskBasis.class);
        if (tier == RiskLevel.HIGH) {
            facts.stream().filter(HighRisk.class::isInstance).forEach(f -> bases.add(((HighRisk) f).getBasis()));
        }
        boolean derogationApplied = tier != RiskLevel.HIGH && tier != RiskLevel.OUT_OF_SCOPE
                && facts.stream().anyMatch(DerogationUsed.class::isInstance);
        GeneralPurposeModelClass gpai = tier == RiskLevel.OUT_OF_SCOPE ? GeneralPurposeModelClass.NONE
                : facts.stream().filter(Gpai.class::isInstance).map(f -> ((Gpai) f).isSystemic()
                        ? GeneralPurposeModelClass.GPAI_SYSTEMIC_RISK : GeneralPurposeModelClass.GPAI)
                .max(Comparator.naturalOrder()).orElse(GeneralPurposeModelClass.NONE);

        boolean cndpApplies = facts.stream().anyMatch(f -> f instanceof InScope s && s.getRegime() == Regime.LAW_09_08);
        Filing filing = facts.stream().filter(ProcessingFiling.class::isInstance).map(f -> ((ProcessingFiling) f).getFiling())
                .reduce(Filing.NONE, Filing::strictest);
        // Decision 11: the strictest transfer wins.
        Filing transfer = facts.stream().filter(TransferFiling.class::isInstance).map(f -> ((TransferFiling) f).getFiling())
                .reduce(Filing.NONE, Filing::strictest);

        List<Obligation> obligations = obligations(facts, asAt, messages);
        Set<String> cited = new TreeSet<>();
        obligations.forEach(o -> cited.addAll(o.legalRefs()));
        var trace = recorder.trace(messages.language());
        trace.forEach(t -> cited.addAll(t.legalRefs()));
        List<Citation> citations = cited.stream().map(id -> {
            LegalText text = ruleBase.catalogue().find(id).orElseThrow();
            return new Citation(id, text.title(messages.language()), text.status());
        }).toList();
        return new AssessmentResult(tier, List.copyOf(bases), derogationApplied, gpai,
                new CndpResult(cndpApplies, cndpApplies ? filing : Filing.NONE, cndpApplies ? transfer : Filing.NONE),
                obligations, asAt, trace, ruleBase.identity(), citations, messages.language());
    }

    /**
     * Each duty once (contract). Several rules can establish the same code, e.g. a provider-and-deployer
     * owes AI literacy twice over: Decision 3 lists it once, addressed to the provider; the citations and
     * the reasons of every rule that established it are kept.
     */
    private List<Obligation> obligations(List<Object> facts, LocalDate asAt, Messages messages) {
        Map<String, List<Duty>> byCode = new LinkedHashMap<>();
        facts.stream().filter(Duty.class::isInstance).map(Duty.class::cast)
                .sorted(Comparator.comparing(Duty::getCode).thenComparing(Duty::getAddressee)
                        .thenComparing(d -> String.join(",", d.getLegalRefs())).thenComparing(Duty::getReason)
                        .thenComparing(d -> String.join(",", d.getFacts())))
                .forEach(d -> byCode.computeIfAbsent(d.getCode(), k -> new ArrayList<>()).add(d));
        List<Obligation> out = new ArrayList<>();
        byCode.forEach((code, duties) -> {
            Addressee addressee = duties.get(0).getAddressee();
            Set<String> refs = new LinkedHashSet<>();
            Set<String> because = new LinkedHashSet<>();
            LocalDate appliesFrom = LocalDate.MAX;
            for (Duty d : duties) {
                refs.addAll(d.getLegalRefs());
                because.add(messages.because(d.getReason(), d.getFacts()));
                // Each ground applies once every provision it rests on applies (the latest of their dates);
                // the duty applies as soon as one of its grounds does (the earliest ground).
                LocalDate ground = d.getLegalRefs().stream().map(r -> ruleBase.catalogue().find(r).orElseThrow().validFrom())
                        .max(Comparator.naturalOrder()).orElseThrow();
                if (ground.isBefore(appliesFrom)) {
                    appliesFrom = ground;
                }
            }
            out.add(new Obligation(code, messages.title(code), addressee, List.copyOf(refs), String.join(" ", because),
                    appliesFrom, !asAt.isBefore(appliesFrom)));
        });
        return out;
    }

}
