package ma.mizan.compliance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of an obligation's history: opened, closed, reopened by an assessment; status or details changed; evidence added or withdrawn. */
@Entity
@Table(name = "obligation_event")
@NamedQuery(name = ObligationEvent.OF_TRACKING, query = "select e from ObligationEvent e where e.trackingId = :trackingId order by e.at, e.id")
public class ObligationEvent {

    public static final String OF_TRACKING = "ObligationEvent.ofTracking";

    public enum Action { OPENED, CLOSED, REOPENED, UPDATED, EVIDENCE_ADDED, EVIDENCE_WITHDRAWN }

    @Id
    @SequenceGenerator(name = "obligation_event_seq", sequenceName = "obligation_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obligation_event_seq")
    private Long id;

    @Column(name = "tracking_id", nullable = false, updatable = false)
    private long trackingId;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ObligationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private ObligationStatus toStatus;

    @Column(updatable = false)
    private String detail;

    protected ObligationEvent() {
    }

    public ObligationEvent(long trackingId, OffsetDateTime at, String actor, Action action, ObligationStatus fromStatus,
                           ObligationStatus toStatus, String detail) {
        this.trackingId = trackingId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public long getTrackingId() { return trackingId; }
    public OffsetDateTime getAt() { return at; }
    public String getActor() { return actor; }
    public Action getAction() { return action; }
    public ObligationStatus getFromStatus() { return fromStatus; }
    public ObligationStatus getToStatus() { return toStatus; }
    public String getDetail() { return detail; }
}
