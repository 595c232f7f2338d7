package ma.mizan.exports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import ma.mizan.exports.control.ExportRecords.AuditInfo;
import ma.mizan.exports.control.ExportRecords.FindingInfo;

/**
 * Auditors' audits and findings as exports read them: straight from their tables (V8), so that exports
 * depend on the stored record, not on the findings component's workflow code.
 */
@ApplicationScoped
@Transactional
public class ExportFindings {

    private static final String FINDING = "select f.id, f.engagement_id, e.title, e.status, f.ai_system_id, f.obligation_code, f.legal_ref, "
            + "f.severity, f.status, f.origin, f.description, f.evidence_reviewed, f.created_by, f.created_at, f.response, f.response_by, "
            + "f.response_at from finding f join audit_engagement e on e.id = f.engagement_id ";

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    /** The findings about one system (of one audit when {@code auditId} is given), oldest first. */
    public List<FindingInfo> ofSystem(long systemId, Long auditId) {
        Query q = em.createNativeQuery(FINDING + "where f.ai_system_id = ?1" + (auditId == null ? "" : " and f.engagement_id = ?2")
                + " order by f.engagement_id, f.id").setParameter(1, systemId);
        if (auditId != null) {
            q.setParameter(2, auditId);
        }
        return findings(q);
    }

    /** An audit's findings that concern no single system (organization-wide). */
    public List<FindingInfo> organizationWide(long organizationId, Long auditId) {
        Query q = em.createNativeQuery(FINDING + "where e.organization_id = ?1 and f.ai_system_id is null"
                + (auditId == null ? "" : " and f.engagement_id = ?2") + " order by f.engagement_id, f.id").setParameter(1, organizationId);
        if (auditId != null) {
            q.setParameter(2, auditId);
        }
        return findings(q);
    }

    /** Every finding of every audit of an organization. */
    public List<FindingInfo> ofOrganization(long organizationId) {
        return findings(em.createNativeQuery(FINDING + "where e.organization_id = ?1 order by f.engagement_id, f.id").setParameter(1, organizationId));
    }

    /** Every finding of one audit. */
    public List<FindingInfo> ofAudit(long auditId) {
        return findings(em.createNativeQuery(FINDING + "where f.engagement_id = ?1 order by f.id").setParameter(1, auditId));
    }

    public AuditInfo audit(long auditId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, organization_id, ai_system_id, title, scope, auditor_name, status, opened_at, "
                + "closed_at, conclusion, opinion from audit_engagement where id = ?1").setParameter(1, auditId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new AuditInfo(number(r[0]), number(r[1]), r[2] == null ? null : number(r[2]), (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], time(r[7]), time(r[8]), (String) r[9], (String) r[10]);
    }

    @SuppressWarnings("unchecked")
    private static List<FindingInfo> findings(Query q) {
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new FindingInfo(number(r[0]), number(r[1]), (String) r[2], (String) r[3],
                r[4] == null ? null : number(r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], (String) r[12], time(r[13]), (String) r[14], (String) r[15], time(r[16]))).toList();
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    /** H2 answers timestamp-with-time-zone columns as OffsetDateTime, the PostgreSQL driver as Timestamp. */
    static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (o instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time value " + o.getClass());
    }
}
