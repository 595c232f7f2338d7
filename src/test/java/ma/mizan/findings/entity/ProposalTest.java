package ma.mizan.findings.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.mizan.assessment.entity.Addressee;
import ma.mizan.compliance.entity.ObligationStatus;
import ma.mizan.compliance.entity.TrackedObligation;
import org.junit.jupiter.api.Test;

/** The rule that turns an obligation's tracking into a proposed finding, and its suggested severity. */
class ProposalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static TrackedObligation tracked(ObligationStatus status, LocalDate appliesFrom, LocalDate due, boolean closed, boolean overdue,
                                     boolean dueAgain, boolean missingEvidence) {
        return new TrackedObligation(11, 3, 1, "CNDP_DECLARATION", Addressee.DEPLOYER, "Declare the processing",
                List.of("ma-law-09-08/art-12", "ma-law-09-08/art-13"), "because", appliesFrom, status, null, null, due, null, closed,
                null, null, overdue, dueAgain, missingEvidence, due, 0, List.of());
    }

    @Test
    void anOverdueObligationIsProposedAsHigh() {
        Optional<Proposal> p = Proposal.from(tracked(ObligationStatus.IN_PROGRESS, LocalDate.of(2009, 3, 5), LocalDate.of(2026, 6, 30),
                false, true, false, false), TODAY);
        assertThat(p).hasValueSatisfying(x -> {
            assertThat(x.reason()).isEqualTo(ProposalReason.OVERDUE);
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            assertThat(x.trackingId()).isEqualTo(11);
            assertThat(x.systemId()).isEqualTo(3);
            assertThat(x.obligationCode()).isEqualTo("CNDP_DECLARATION");
            assertThat(x.legalRef()).as("the first legal reference").isEqualTo("ma-law-09-08/art-12");
            assertThat(x.description()).contains("2026-06-30").contains("IN_PROGRESS");
        });
    }

    @Test
    void aMetObligationWithoutValidEvidenceIsProposedAsMedium() {
        assertThat(Proposal.from(tracked(ObligationStatus.MET, LocalDate.of(2009, 3, 5), LocalDate.of(2026, 6, 30), false, false, false, true), TODAY))
                .hasValueSatisfying(x -> {
                    assertThat(x.reason()).isEqualTo(ProposalReason.MISSING_EVIDENCE);
                    assertThat(x.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(x.description()).contains("no evidence");
                });
        assertThat(Proposal.from(tracked(ObligationStatus.MET, LocalDate.of(2009, 3, 5), LocalDate.of(2026, 6, 30), false, true, true, true), TODAY))
                .as("expired evidence (due again) is missing evidence, not a plain overdue")
                .hasValueSatisfying(x -> {
                    assertThat(x.reason()).isEqualTo(ProposalReason.MISSING_EVIDENCE);
                    assertThat(x.description()).contains("expired");
                });
    }

    @Test
    void aNotStartedObligationIsMediumInForceAndLowBeforeItApplies() {
        assertThat(Proposal.from(tracked(ObligationStatus.NOT_STARTED, LocalDate.of(2025, 2, 2), LocalDate.of(2027, 1, 31), false, false, false, false),
                TODAY)).hasValueSatisfying(x -> {
                    assertThat(x.reason()).isEqualTo(ProposalReason.NOT_STARTED);
                    assertThat(x.severity()).isEqualTo(Severity.MEDIUM);
                });
        assertThat(Proposal.from(tracked(ObligationStatus.NOT_STARTED, LocalDate.of(2027, 12, 2), LocalDate.of(2027, 12, 2), false, false, false, false),
                TODAY)).hasValueSatisfying(x -> {
                    assertThat(x.reason()).isEqualTo(ProposalReason.NOT_STARTED);
                    assertThat(x.severity()).isEqualTo(Severity.LOW);
                    assertThat(x.description()).contains("applies from 2027-12-02");
                });
    }

    @Test
    void nothingIsProposedForWorkOnTrackMetWithEvidenceNotApplicableOrClosed() {
        assertThat(Proposal.from(tracked(ObligationStatus.IN_PROGRESS, LocalDate.of(2009, 3, 5), LocalDate.of(2027, 1, 31), false, false, false, false),
                TODAY)).isEmpty();
        assertThat(Proposal.from(tracked(ObligationStatus.MET, LocalDate.of(2009, 3, 5), LocalDate.of(2026, 6, 30), false, false, false, false), TODAY))
                .isEmpty();
        assertThat(Proposal.from(tracked(ObligationStatus.NOT_APPLICABLE, LocalDate.of(2009, 3, 5), LocalDate.of(2026, 6, 30), false, false, false,
                false), TODAY)).isEmpty();
        assertThat(Proposal.from(tracked(ObligationStatus.NOT_STARTED, LocalDate.of(2009, 3, 5), LocalDate.of(2026, 6, 30), true, false, false, false),
                TODAY)).as("no longer owed").isEmpty();
    }
}
