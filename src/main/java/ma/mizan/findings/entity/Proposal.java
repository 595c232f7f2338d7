package ma.mizan.findings.entity;

import java.time.LocalDate;
import java.util.Optional;
import ma.mizan.compliance.entity.ObligationStatus;
import ma.mizan.compliance.entity.TrackedObligation;

/**
 * A finding Mizan suggests from one obligation's tracking as read on a day, with a suggested severity.
 * The auditor decides; the suggestion only orders the work.
 */
public record Proposal(long trackingId, long systemId, String obligationCode, String legalRef, ProposalReason reason, Severity severity,
                       String description) {

    /**
     * The rule. Closed obligations (no longer owed) and NOT_APPLICABLE ones (the organization justified
     * it; the auditor reads the justification in tracking) are never proposed. Otherwise, one reason per
     * obligation, the most serious first:
     * <ul>
     * <li>overdue (not met after its due date): HIGH, a breach of a duty already owed;</li>
     * <li>recorded MET without valid evidence (none, or all expired): MEDIUM, the claim cannot be checked;</li>
     * <li>NOT_STARTED and already in force: MEDIUM, the duty applies and work must start;</li>
     * <li>NOT_STARTED and not yet in force: LOW, preparation is behind, nothing is breached yet.</li>
     * </ul>
     * IN_PROGRESS before its due date is not proposed: the organization is doing what it should.
     */
    public static Optional<Proposal> from(TrackedObligation t, LocalDate day) {
        if (t.closed() || t.status() == ObligationStatus.NOT_APPLICABLE) {
            return Optional.empty();
        }
        String ref = t.legalRefs().isEmpty() ? null : t.legalRefs().get(0);
        String what = t.code() + " (" + (t.title() == null ? t.addressee() : t.title()) + ")";
        boolean working = t.status() == ObligationStatus.NOT_STARTED || t.status() == ObligationStatus.IN_PROGRESS;
        if (working && t.overdue()) {
            return Optional.of(new Proposal(t.id(), t.systemId(), t.code(), ref, ProposalReason.OVERDUE, Severity.HIGH,
                    "Obligation " + what + " was due on " + t.dueDate() + " and is still " + t.status() + " on " + day + "."));
        }
        if (t.status() == ObligationStatus.MET && (t.missingEvidence() || t.dueAgain())) {
            return Optional.of(new Proposal(t.id(), t.systemId(), t.code(), ref, ProposalReason.MISSING_EVIDENCE, Severity.MEDIUM,
                    "Obligation " + what + " is recorded as met, but " + (t.dueAgain() ? "every piece of evidence for it has expired"
                            : "no evidence for it is on record") + " on " + day + "."));
        }
        if (t.status() == ObligationStatus.NOT_STARTED) {
            boolean inForce = t.appliesFrom() == null || !t.appliesFrom().isAfter(day);
            return Optional.of(new Proposal(t.id(), t.systemId(), t.code(), ref, ProposalReason.NOT_STARTED, inForce ? Severity.MEDIUM : Severity.LOW,
                    "Work on obligation " + what + " has not started" + (inForce ? "; it applies since " + t.appliesFrom() : "; it applies from "
                            + t.appliesFrom()) + (t.dueDate() == null ? "" : " and is due on " + t.dueDate()) + "."));
        }
        return Optional.empty();
    }
}
