package ma.mizan.compliance.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.mizan.assessment.entity.Addressee;
import ma.mizan.compliance.entity.CalendarEntry;
import ma.mizan.compliance.entity.ObligationStatus;
import ma.mizan.compliance.entity.TrackedObligation;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    static TrackedObligation obligation(long id, String code, ObligationStatus status, LocalDate due, boolean closed,
                                        List<TrackedObligation.EvidenceItem> evidence) {
        return new TrackedObligation(id, 7, 3, code, Addressee.DEPLOYER, "Titre « " + code + " », مراقبة بشرية; with, commas",
                List.of("ma-ai-draft/art-26", "ma-law-09-08/art-11"), "Déployeur d'un système à haut risque.", LocalDate.of(2027, 12, 2), status,
                null, null, due, null, closed, null, null, false, false, false, due, 1, evidence);
    }

    static TrackedObligation.EvidenceItem expiring(long id, LocalDate on, boolean withdrawn) {
        return new TrackedObligation.EvidenceItem(id, ma.mizan.compliance.entity.Evidence.Kind.LINK, null, null, null, null, "https://x.ma", null, on,
                false, withdrawn, "salma", null);
    }

    @Test
    void entriesListDueDatesAndEvidenceExpiryOfOpenObligationsOnly() {
        List<TrackedObligation> obligations = List.of(
                obligation(1, "FRIA", ObligationStatus.NOT_STARTED, LocalDate.of(2027, 12, 2), false, List.of()),
                obligation(2, "HUMAN_OVERSIGHT", ObligationStatus.MET, LocalDate.of(2027, 12, 2), false,
                        List.of(expiring(20, LocalDate.of(2028, 6, 30), false), expiring(21, LocalDate.of(2028, 1, 1), true))),
                obligation(3, "LOGS", ObligationStatus.NOT_STARTED, LocalDate.of(2027, 12, 2), true, List.of()),
                obligation(4, "INFORM", ObligationStatus.NOT_APPLICABLE, LocalDate.of(2027, 12, 2), false, List.of()));
        List<CalendarEntry> all = ObligationCalendar.entries(obligations, Map.of(7L, "Score de crédit"), null, null);
        assertThat(all).extracting(CalendarEntry::kind, CalendarEntry::trackingId, CalendarEntry::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CalendarEntry.Kind.DUE, 1L, LocalDate.of(2027, 12, 2)),
                org.assertj.core.groups.Tuple.tuple(CalendarEntry.Kind.EVIDENCE_EXPIRES, 2L, LocalDate.of(2028, 6, 30)));
        assertThat(ObligationCalendar.entries(obligations, Map.of(), LocalDate.of(2028, 1, 1), null)).extracting(CalendarEntry::trackingId)
                .containsExactly(2L);
        assertThat(ObligationCalendar.entries(obligations, Map.of(), null, LocalDate.of(2027, 12, 2))).extracting(CalendarEntry::trackingId)
                .containsExactly(1L);
    }

    @Test
    void theICalendarParsesBackToTheSameEvents() throws Exception {
        List<CalendarEntry> entries = ObligationCalendar.entries(List.of(
                obligation(1, "FRIA", ObligationStatus.IN_PROGRESS, LocalDate.of(2027, 12, 2), false, List.of()),
                obligation(2, "HUMAN_OVERSIGHT", ObligationStatus.MET, null, false, List.of(expiring(20, LocalDate.of(2028, 6, 30), false)))),
                Map.of(7L, "Score de crédit"), null, null);
        String ics = CalendarFeed.write("Mizan test", entries, Instant.parse("2027-01-10T09:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("\r\n");
        // ical4j folds at 75 characters (RFC 5545 says octets, which Arabic text can exceed; clients unfold either way)
        assertThat(ics.lines().mapToInt(String::length).max().orElse(0)).as("long lines are folded").isLessThanOrEqualTo(75);
        assertThat(ics).contains("\r\n ");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.getProperty(Property.PRODID).getValue()).isEqualTo(CalendarFeed.PRODID);
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            CalendarEntry e = entries.get(i);
            VEvent v = events.get(i);
            assertThat(v.getUid().getValue()).isEqualTo(e.uid());
            assertThat(v.getStartDate().getValue()).isEqualTo(e.date().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            assertThat(v.getStartDate().getParameter("VALUE").getValue()).as("all-day").isEqualTo("DATE");
            assertThat(v.getEndDate().getValue()).isEqualTo(e.date().plusDays(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            assertThat(v.getSummary().getValue()).contains(e.code()).contains(e.title()).contains("Score de crédit");
            assertThat(v.getDescription().getValue()).contains("ma-ai-draft/art-26, ma-law-09-08/art-11").contains(e.reason());
        }
        assertThat(events.get(0).getUid().getValue()).isEqualTo("obligation-1-due@mizan.ma");
        assertThat(events.get(1).getUid().getValue()).isEqualTo("evidence-20-expires@mizan.ma");
        assertThat(events.get(1).getSummary().getValue()).startsWith("Evidence expires: HUMAN_OVERSIGHT");
    }

    @Test
    void anEmptyCalendarIsStillAValidDocument() throws Exception {
        String ics = CalendarFeed.write("Nothing due", List.of(), Instant.EPOCH);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.getComponents(Component.VEVENT)).isEmpty();
        assertThat(parsed.getProperty(Property.VERSION).getValue()).isEqualTo("2.0");
    }
}
