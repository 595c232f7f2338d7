package ma.mizan.systems.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.assessment.entity.Filing;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.platform.control.StrictJson;

/**
 * An assessment of a stored system: immutable once written. It keeps the profile exactly as assessed,
 * the full answer, and the rule base (version and content hash) that produced it, so that it can be
 * explained later even after the system or the rules change.
 */
@Entity
@Table(name = "assessment")
@NamedQuery(name = Assessment.HISTORY, query = "select a from Assessment a where a.system.id = :systemId order by a.createdAt desc, a.id desc")
@NamedQuery(name = Assessment.COUNT, query = "select count(a) from Assessment a where a.system.id = :systemId")
@NamedQuery(name = Assessment.COUNT_ALL_OTHER_RULE_BASES, query = "select count(a) from Assessment a where a.ruleBaseHash <> :hash")
@NamedQuery(name = Assessment.FIND, query = "select a from Assessment a where a.system.id = :systemId and a.id = :id")
public class Assessment {

    public static final String HISTORY = "Assessment.history";
    public static final String COUNT = "Assessment.count";
    public static final String FIND = "Assessment.find";
    public static final String COUNT_ALL_OTHER_RULE_BASES = "Assessment.countOtherRuleBases";

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ai_system_id", nullable = false, updatable = false)
    private AiSystem system;

    @Column(name = "system_row_version", nullable = false, updatable = false)
    private long systemRowVersion;

    @Column(name = "as_at", nullable = false, updatable = false)
    private LocalDate asAt;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String profile;

    @Column(nullable = false, updatable = false)
    private String result;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, updatable = false)
    private RiskLevel riskLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "cndp_filing", nullable = false, updatable = false)
    private Filing cndpFiling;

    @Enumerated(EnumType.STRING)
    @Column(name = "cndp_transfer", nullable = false, updatable = false)
    private Filing cndpTransfer;

    @Column(name = "rule_base_version", nullable = false, updatable = false)
    private String ruleBaseVersion;

    @Column(name = "rule_base_hash", nullable = false, updatable = false)
    private String ruleBaseHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Assessment() {
    }

    public Assessment(AiSystem system, String profileJson, AssessmentResult result, OffsetDateTime now) {
        this.system = system;
        this.systemRowVersion = system.getRowVersion();
        this.asAt = result.asAt();
        this.language = result.language();
        this.profile = profileJson;
        this.result = StrictJson.write(result);
        this.riskLevel = result.riskLevel();
        this.cndpFiling = result.cndp().filing();
        this.cndpTransfer = result.cndp().transfer();
        this.ruleBaseVersion = result.ruleBase().version();
        this.ruleBaseHash = result.ruleBase().hash();
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public AiSystem getSystem() { return system; }
    public long getSystemRowVersion() { return systemRowVersion; }
    public LocalDate getAsAt() { return asAt; }
    public String getLanguage() { return language; }
    public String getProfileJson() { return profile; }
    public String getResultJson() { return result; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public Filing getCndpFiling() { return cndpFiling; }
    public Filing getCndpTransfer() { return cndpTransfer; }
    public String getRuleBaseVersion() { return ruleBaseVersion; }
    public String getRuleBaseHash() { return ruleBaseHash; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
