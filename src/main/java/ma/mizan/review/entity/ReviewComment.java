package ma.mizan.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a reviewer (or the organization) wrote with a workflow action: a comment on one field of the
 * filing (a JSON pointer into the system, e.g. /profile/useAreas), reasons for a rejection or a
 * suspension, with the response deadline when changes are requested.
 */
@Entity
@Table(name = "review_comment")
@NamedQuery(name = ReviewComment.OF_SYSTEM, query = "select c from ReviewComment c where c.systemId = :systemId order by c.createdAt, c.id")
public class ReviewComment {

    public static final String OF_SYSTEM = "ReviewComment.ofSystem";

    @Id
    @SequenceGenerator(name = "review_comment_seq", sequenceName = "review_comment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_comment_seq")
    private Long id;

    @Column(name = "ai_system_id", nullable = false)
    private long systemId;

    @Column(nullable = false)
    private String action;

    private String pointer;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String author;

    private LocalDate deadline;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ReviewComment() {
    }

    public ReviewComment(long systemId, String action, String pointer, String text, String author, LocalDate deadline, OffsetDateTime now) {
        this.systemId = systemId;
        this.action = action;
        this.pointer = pointer;
        this.text = text;
        this.author = author;
        this.deadline = deadline;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getSystemId() { return systemId; }
    public String getAction() { return action; }
    public String getPointer() { return pointer; }
    public String getText() { return text; }
    public String getAuthor() { return author; }
    public LocalDate getDeadline() { return deadline; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
