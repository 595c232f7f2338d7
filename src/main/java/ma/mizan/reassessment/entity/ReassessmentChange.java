package ma.mizan.reassessment.entity;

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
import java.util.List;
import ma.mizan.assessment.entity.Filing;
import ma.mizan.assessment.entity.RiskLevel;

/** What a re-assessment changed for one system: tier, CNDP filing and transfer, obligations added and removed. */
@Entity
@Table(name = "reassessment_change")
@NamedQuery(name = ReassessmentChange.OF_RUN, query = "select c from ReassessmentChange c where c.runId = :runId order by c.systemId")
@NamedQuery(name = ReassessmentChange.COUNT_OF_RUN, query = "select count(c) from ReassessmentChange c where c.runId = :runId")
@NamedQuery(name = ReassessmentChange.CHANGED_OF_RUN, query = "select count(c) from ReassessmentChange c where c.runId = :runId and c.changed = true")
@NamedQuery(name = ReassessmentChange.EXISTS, query = "select count(c) from ReassessmentChange c where c.runId = :runId and c.systemId = :systemId")
public class ReassessmentChange {

    public static final String OF_RUN = "ReassessmentChange.ofRun";
    public static final String COUNT_OF_RUN = "ReassessmentChange.countOfRun";
    public static final String CHANGED_OF_RUN = "ReassessmentChange.changedOfRun";
    public static final String EXISTS = "ReassessmentChange.exists";

    @Id
    @SequenceGenerator(name = "reassessment_change_seq", sequenceName = "reassessment_change_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reassessment_change_seq")
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "ai_system_id", nullable = false)
    private long systemId;

    @Column(name = "previous_assessment_id")
    private Long previousAssessmentId;

    @Column(name = "new_assessment_id", nullable = false)
    private long newAssessmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_before")
    private RiskLevel tierBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_after", nullable = false)
    private RiskLevel tierAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_before")
    private Filing filingBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_after", nullable = false)
    private Filing filingAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "transfer_before")
    private Filing transferBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "transfer_after", nullable = false)
    private Filing transferAfter;

    @Column(name = "obligations_added", nullable = false)
    private String obligationsAdded;

    @Column(name = "obligations_removed", nullable = false)
    private String obligationsRemoved;

    @Column(nullable = false)
    private boolean changed;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ReassessmentChange() {
    }

    public ReassessmentChange(long runId, long systemId, Long previousAssessmentId, long newAssessmentId,
                              RiskLevel tierBefore, RiskLevel tierAfter, Filing filingBefore, Filing filingAfter,
                              Filing transferBefore, Filing transferAfter, List<String> added, List<String> removed, OffsetDateTime now) {
        this.runId = runId;
        this.systemId = systemId;
        this.previousAssessmentId = previousAssessmentId;
        this.newAssessmentId = newAssessmentId;
        this.tierBefore = tierBefore;
        this.tierAfter = tierAfter;
        this.filingBefore = filingBefore;
        this.filingAfter = filingAfter;
        this.transferBefore = transferBefore;
        this.transferAfter = transferAfter;
        this.obligationsAdded = String.join(",", added);
        this.obligationsRemoved = String.join(",", removed);
        this.changed = previousAssessmentId == null || tierBefore != tierAfter || filingBefore != filingAfter
                || transferBefore != transferAfter || !added.isEmpty() || !removed.isEmpty();
        this.createdAt = now;
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(","));
    }

    public Long getId() { return id; }
    public long getRunId() { return runId; }
    public long getSystemId() { return systemId; }
    public Long getPreviousAssessmentId() { return previousAssessmentId; }
    public long getNewAssessmentId() { return newAssessmentId; }
    public RiskLevel getTierBefore() { return tierBefore; }
    public RiskLevel getTierAfter() { return tierAfter; }
    public Filing getFilingBefore() { return filingBefore; }
    public Filing getFilingAfter() { return filingAfter; }
    public Filing getTransferBefore() { return transferBefore; }
    public Filing getTransferAfter() { return transferAfter; }
    public List<String> getObligationsAdded() { return split(obligationsAdded); }
    public List<String> getObligationsRemoved() { return split(obligationsRemoved); }
    public boolean isChanged() { return changed; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
