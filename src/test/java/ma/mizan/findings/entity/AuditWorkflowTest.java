package ma.mizan.findings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import ma.mizan.platform.control.ProblemException;
import org.junit.jupiter.api.Test;

/** The state machines of an audit and of a finding, without a container. */
class AuditWorkflowTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");
    static final OffsetDateTime LATER = NOW.plusDays(3);

    static AuditEngagement audit() {
        return new AuditEngagement(7, null, "Annual audit", "credit scoring", 42, "auditor-1", NOW);
    }

    static Finding proposal() {
        return Finding.proposed(1, new Proposal(5, 9, "FRIA", "ma-ai-draft/art-27", ProposalReason.NOT_STARTED, Severity.LOW, "not started"),
                "auditor-1", NOW);
    }

    static int status(ProblemException e) {
        return e.status();
    }

    @Test
    void anOpenAuditAllowsEverythingAndClosesWithItsConclusion() {
        AuditEngagement a = audit();
        assertThat(a.getStatus()).isEqualTo(AuditEngagement.Status.OPEN);
        assertThat(a.allowedActions()).containsExactlyInAnyOrder(AuditEngagement.Action.values());
        a.close("Two reservations.", Opinion.COMPLIANT_WITH_RESERVATIONS, 0, LATER);
        assertThat(a.getStatus()).isEqualTo(AuditEngagement.Status.CLOSED);
        assertThat(a.getConclusion()).isEqualTo("Two reservations.");
        assertThat(a.getOpinion()).isEqualTo(Opinion.COMPLIANT_WITH_RESERVATIONS);
        assertThat(a.getClosedAt()).isEqualTo(LATER);
        assertThat(a.allowedActions()).isEmpty();
    }

    @Test
    void aClosedAuditIsReadOnly() {
        AuditEngagement a = audit();
        a.close("Done.", Opinion.COMPLIANT, 0, LATER);
        for (AuditEngagement.Action action : AuditEngagement.Action.values()) {
            assertThatThrownBy(() -> a.require(action)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.getMessage()).contains("CLOSED").contains("Allowed now: []");
            });
        }
        assertThatThrownBy(() -> a.close("Again.", Opinion.COMPLIANT, 0, LATER)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThat(a.getConclusion()).isEqualTo("Done.");
    }

    @Test
    void anAuditWithPendingProposalsCannotClose() {
        AuditEngagement a = audit();
        assertThatThrownBy(() -> a.close("Done.", Opinion.COMPLIANT, 2, LATER)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.type()).isEqualTo("proposals-pending");
            assertThat(e.getMessage()).contains("2 proposed finding(s)");
        });
        assertThat(a.getStatus()).isEqualTo(AuditEngagement.Status.OPEN);
    }

    @Test
    void anAuditCannotCloseWithoutAConclusion() {
        AuditEngagement a = audit();
        assertThatThrownBy(() -> a.close(" ", Opinion.COMPLIANT, 0, LATER)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(f -> f.pointer()).containsExactly("/conclusion"));
        assertThat(a.getStatus()).isEqualTo(AuditEngagement.Status.OPEN);
    }

    @Test
    void onlyTheAuditorWhoOpenedItIsItsAuditor() {
        AuditEngagement a = audit();
        assertThat(a.isAuditor(42L)).isTrue();
        assertThat(a.isAuditor(43L)).isFalse();
        assertThat(a.isAuditor(null)).isFalse();
    }

    @Test
    void aRecordedFindingIsConfirmedAtOnceAndCanBeAnswered() {
        Finding f = Finding.recorded(1, 9L, null, "FRIA", "ma-ai-draft/art-27", Severity.HIGH, "No impact assessment.", "register", "auditor-1", NOW);
        assertThat(f.getStatus()).isEqualTo(Finding.Status.CONFIRMED);
        assertThat(f.getOrigin()).isEqualTo(Finding.Origin.MANUAL);
        assertThat(f.getDecidedAt()).isEqualTo(NOW);
        assertThat(f.allowedActions()).containsExactly(Finding.Action.RESPOND);
        f.respond("Planned for Q1.", "salma", LATER);
        f.respond("Done in January.", "salma", LATER.plusDays(1));
        assertThat(f.getResponse()).as("a later response replaces the earlier one").isEqualTo("Done in January.");
        assertThat(f.getResponseBy()).isEqualTo("salma");
        assertThat(f.getResponseAt()).isEqualTo(LATER.plusDays(1));
        assertThatThrownBy(() -> f.confirm(null, null, null, LATER)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.getMessage()).contains("CONFIRMED").contains("[RESPOND]");
        });
        assertThatThrownBy(() -> f.dismiss("no", LATER)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void aProposalIsConfirmedWithTheAuditorsAdjustments() {
        Finding f = proposal();
        assertThat(f.getStatus()).isEqualTo(Finding.Status.PROPOSED);
        assertThat(f.getOrigin()).isEqualTo(Finding.Origin.PROPOSED);
        assertThat(f.getProposalReason()).isEqualTo(ProposalReason.NOT_STARTED);
        assertThat(f.allowedActions()).containsExactlyInAnyOrder(Finding.Action.CONFIRM, Finding.Action.DISMISS);
        assertThatThrownBy(() -> f.respond("too early", "salma", LATER)).as("a proposal is not the auditor's statement yet")
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        f.confirm(Severity.MEDIUM, null, "Minutes of 2026-11-20", LATER);
        assertThat(f.getStatus()).isEqualTo(Finding.Status.CONFIRMED);
        assertThat(f.getSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.getDescription()).as("kept when not adjusted").isEqualTo("not started");
        assertThat(f.getEvidenceReviewed()).isEqualTo("Minutes of 2026-11-20");
        assertThat(f.getDecidedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> f.confirm(null, null, null, LATER)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void aDismissedProposalKeepsItsReasonAndAllowsNothing() {
        Finding f = proposal();
        f.dismiss("Covered by the 2026 FRIA.", LATER);
        assertThat(f.getStatus()).isEqualTo(Finding.Status.DISMISSED);
        assertThat(f.getDismissalReason()).isEqualTo("Covered by the 2026 FRIA.");
        assertThat(f.allowedActions()).isEmpty();
        for (Runnable action : new Runnable[] {() -> f.confirm(null, null, null, LATER), () -> f.dismiss(null, LATER),
                () -> f.respond("x", "salma", LATER)}) {
            assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.getMessage()).contains("DISMISSED").contains("Allowed now: []");
            });
        }
    }

    @Test
    void aResponseMustSaySomething() {
        Finding f = Finding.recorded(1, null, null, null, null, Severity.INFO, "Note.", null, "auditor-1", NOW);
        assertThatThrownBy(() -> f.respond("  ", "salma", LATER)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(x -> x.pointer()).containsExactly("/response"));
        assertThat(f.getResponse()).isNull();
    }
}
