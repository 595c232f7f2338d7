package ma.mizan.compliance.entity;

import java.time.LocalDate;
import java.util.List;
import ma.mizan.assessment.entity.Addressee;

/**
 * One date of the obligation calendar: an obligation falls due ({@link Kind#DUE}) or a piece of evidence
 * stops counting ({@link Kind#EVIDENCE_EXPIRES}, after which a met obligation is due again). The flags are
 * those of the obligation on the day the calendar was read.
 */
public record CalendarEntry(LocalDate date, Kind kind, long systemId, String systemName, long trackingId, Long evidenceId, String code,
                            String title, Addressee addressee, ObligationStatus status, boolean overdue, boolean dueAgain,
                            List<String> legalRefs, String reason) {

    public enum Kind { DUE, EVIDENCE_EXPIRES }

    /** Stable across reads and exports, so that a calendar client updates an event instead of duplicating it. */
    public String uid() {
        return kind == Kind.DUE ? "obligation-" + trackingId + "-due@mizan.ma" : "evidence-" + evidenceId + "-expires@mizan.ma";
    }
}
