package ma.mizan.compliance.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import ma.mizan.assessment.entity.Addressee;
import ma.mizan.assessment.entity.Obligation;
import org.junit.jupiter.api.Test;

class TrackedObligationTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2027, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    static final LocalDate APPLIES = LocalDate.of(2027, 12, 2);

    static ObligationTracking tracking() {
        ObligationTracking t = new ObligationTracking(1, 2, new Obligation("FRIA", "Fundamental-rights impact assessment", Addressee.DEPLOYER,
                List.of("ma-ai-draft/art-27"), "high-risk deployer", APPLIES, false), 3, NOW);
        set(t, "id", 10L);
        return t;
    }

    static Evidence link(long id, LocalDate expiresOn) {
        Evidence e = Evidence.link(10, "https://example.ma/" + id, null, expiresOn, "salma", NOW);
        set(e, "id", id);
        return e;
    }

    static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNewObligationIsDueOnTheDateItAppliesFromAndOverdueOnlyAfterIt() {
        ObligationTracking t = tracking();
        assertThat(t.getStatus()).isEqualTo(ObligationStatus.NOT_STARTED);
        assertThat(t.getDueDate()).isEqualTo(APPLIES);
        TrackedObligation onTheDay = TrackedObligation.of(t, List.of(), APPLIES);
        assertThat(onTheDay.overdue()).isFalse();
        assertThat(onTheDay.nextDue()).isEqualTo(APPLIES);
        assertThat(TrackedObligation.of(t, List.of(), APPLIES.plusDays(1)).overdue()).isTrue();
    }

    @Test
    void metWithoutValidEvidenceIsMissingEvidenceButNotDueAgain() {
        ObligationTracking t = tracking();
        t.update(ObligationStatus.MET, null, "Salma", null, null, NOW);
        TrackedObligation o = TrackedObligation.of(t, List.of(), APPLIES.plusDays(30));
        assertThat(o.missingEvidence()).isTrue();
        assertThat(o.dueAgain()).isFalse();
        assertThat(o.overdue()).as("met: the due date no longer makes it overdue").isFalse();
        assertThat(o.nextDue()).isNull();
    }

    @Test
    void metIsDueAgainOnlyWhenEveryPieceOfEvidenceHasExpired() {
        ObligationTracking t = tracking();
        t.update(ObligationStatus.MET, null, null, null, null, NOW);
        LocalDate june = LocalDate.of(2028, 6, 30);
        LocalDate december = LocalDate.of(2028, 12, 31);
        List<Evidence> evidence = List.of(link(1, june), link(2, december));
        TrackedObligation july = TrackedObligation.of(t, evidence, june.plusDays(1));
        assertThat(july.dueAgain()).isFalse();
        assertThat(july.missingEvidence()).isFalse();
        assertThat(july.nextDue()).isEqualTo(december);
        assertThat(july.evidence()).extracting(TrackedObligation.EvidenceItem::expired).containsExactly(true, false);
        TrackedObligation lastValidDay = TrackedObligation.of(t, evidence, december);
        assertThat(lastValidDay.dueAgain()).as("valid through its expiry date").isFalse();
        TrackedObligation after = TrackedObligation.of(t, evidence, december.plusDays(1));
        assertThat(after.dueAgain()).isTrue();
        assertThat(after.overdue()).isTrue();
        assertThat(after.missingEvidence()).isTrue();
        assertThat(after.nextDue()).isEqualTo(december);
    }

    @Test
    void evidenceWithoutExpiryKeepsAMetObligationMetForGood() {
        ObligationTracking t = tracking();
        t.update(ObligationStatus.MET, null, null, null, null, NOW);
        TrackedObligation o = TrackedObligation.of(t, List.of(link(1, LocalDate.of(2028, 1, 1)), link(2, null)), LocalDate.of(2030, 1, 1));
        assertThat(o.dueAgain()).isFalse();
        assertThat(o.missingEvidence()).isFalse();
        assertThat(o.nextDue()).isNull();
    }

    @Test
    void withdrawnEvidenceNoLongerCounts() {
        ObligationTracking t = tracking();
        t.update(ObligationStatus.MET, null, null, null, null, NOW);
        Evidence e = link(1, null);
        e.withdraw("salma", NOW);
        TrackedObligation o = TrackedObligation.of(t, List.of(e), APPLIES);
        assertThat(o.missingEvidence()).isTrue();
        assertThat(o.dueAgain()).as("nothing standing expired: it was withdrawn").isFalse();
        assertThat(o.evidence().get(0).withdrawn()).isTrue();
    }

    @Test
    void aClosedObligationIsNeitherOverdueNorDue() {
        ObligationTracking t = tracking();
        t.close("No longer listed by assessment 4.", NOW);
        TrackedObligation o = TrackedObligation.of(t, List.of(), APPLIES.plusYears(1));
        assertThat(o.closed()).isTrue();
        assertThat(o.overdue()).isFalse();
        assertThat(o.nextDue()).isNull();
        assertThat(o.closedReason()).contains("assessment 4");
    }

    @Test
    void notApplicableNeedsAJustificationAndAMissingDueDateFallsBackToTheDateItApplies() {
        ObligationTracking t = tracking();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.update(ObligationStatus.NOT_APPLICABLE, " ", null, null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        t.update(ObligationStatus.IN_PROGRESS, "ignored unless NOT_APPLICABLE", null, LocalDate.of(2027, 6, 1), null, NOW);
        assertThat(t.getJustification()).isNull();
        assertThat(t.getDueDate()).isEqualTo(LocalDate.of(2027, 6, 1));
        t.update(ObligationStatus.IN_PROGRESS, null, null, null, null, NOW);
        assertThat(t.getDueDate()).isEqualTo(APPLIES);
    }

    @Test
    void aDefaultDueDateFollowsAMovedApplicationDateButAChosenOneStays() {
        ObligationTracking t = tracking();
        LocalDate moved = LocalDate.of(2028, 8, 2);
        Obligation later = new Obligation("FRIA", "t", Addressee.DEPLOYER, List.of("ma-ai-draft/art-27"), "b", moved, false);
        t.listedBy(later, 5, NOW);
        assertThat(t.getDueDate()).isEqualTo(moved);
        t.update(ObligationStatus.IN_PROGRESS, null, null, LocalDate.of(2028, 1, 15), null, NOW);
        t.listedBy(new Obligation("FRIA", "t", Addressee.DEPLOYER, List.of("ma-ai-draft/art-27"), "b", APPLIES, false), 6, NOW);
        assertThat(t.getDueDate()).isEqualTo(LocalDate.of(2028, 1, 15));
    }
}
