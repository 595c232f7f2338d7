package ma.mizan.compliance.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ma.mizan.compliance.entity.CalendarEntry;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Date;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * The obligation calendar as iCalendar (RFC 5545), written by ical4j so that escaping and line folding are
 * right for any text (Arabic and French titles included): one all-day event per entry, with a UID that stays
 * the same across downloads so that a subscribed calendar updates its events instead of duplicating them.
 */
public final class CalendarFeed {

    public static final String PRODID = "-//Mizan//Obligation calendar//EN";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CalendarFeed() {
    }

    /** {@code stamp} is when the calendar was produced (DTSTAMP of every event). */
    public static String write(String name, List<CalendarEntry> entries, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.getProperties().add(new ProdId(PRODID));
        calendar.getProperties().add(Version.VERSION_2_0);
        calendar.getProperties().add(CalScale.GREGORIAN);
        calendar.getProperties().add(Method.PUBLISH);
        calendar.getProperties().add(new XProperty("X-WR-CALNAME", name));
        try {
            DateTime dtstamp = new DateTime(stamp.toEpochMilli());
            dtstamp.setUtc(true);
            for (CalendarEntry e : entries) {
                // all-day: a DATE value, ending (exclusive) the next day
                VEvent event = new VEvent(new Date(e.date().format(DAY)), new Date(e.date().plusDays(1).format(DAY)), summary(e));
                event.getProperties().remove(event.getProperty(Property.DTSTAMP));
                event.getProperties().add(new DtStamp(dtstamp));
                event.getProperties().add(new Uid(e.uid()));
                event.getProperties().add(new Description(description(e)));
                event.getProperties().add(new Categories(e.kind().name()));
                calendar.getComponents().add(event);
            }
            StringWriter out = new StringWriter();
            // validation off: an empty calendar (nothing due) is still a useful, well-formed answer
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(CalendarEntry e) {
        String what = e.code() + " " + (e.title() == null ? "" : e.title()) + " (" + e.systemName() + ")";
        return e.kind() == CalendarEntry.Kind.DUE ? "Due: " + what : "Evidence expires: " + what;
    }

    static String description(CalendarEntry e) {
        StringBuilder b = new StringBuilder();
        b.append(e.kind() == CalendarEntry.Kind.DUE ? "Obligation due" : "Evidence " + e.evidenceId() + " stops counting after this day")
                .append(" (").append(e.addressee()).append(", status ").append(e.status());
        if (e.overdue()) {
            b.append(", overdue");
        }
        if (e.dueAgain()) {
            b.append(", due again");
        }
        b.append(").\nLegal references: ").append(String.join(", ", e.legalRefs()));
        if (e.reason() != null && !e.reason().isBlank()) {
            b.append("\nReason: ").append(e.reason());
        }
        return b.toString();
    }
}
