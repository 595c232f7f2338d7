package ma.mizan.compliance.boundary;

import java.time.OffsetDateTime;
import ma.mizan.compliance.entity.ObligationEvent;

/** One line of an obligation's history. */
public record EventView(long id, OffsetDateTime at, String actor, String action, String fromStatus, String toStatus, String detail) {

    static EventView of(ObligationEvent e) {
        return new EventView(e.getId(), e.getAt(), e.getActor(), e.getAction().name(), e.getFromStatus() == null ? null : e.getFromStatus().name(),
                e.getToStatus() == null ? null : e.getToStatus().name(), e.getDetail());
    }
}
