package ma.mizan.exports.control;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.compliance.control.Compliance;
import ma.mizan.exports.control.ExportRecords.AssessmentInfo;
import ma.mizan.exports.control.ExportRecords.OrganizationInfo;
import ma.mizan.exports.control.ExportRecords.SystemDossier;
import ma.mizan.exports.control.ExportRecords.SystemSummary;
import ma.mizan.organizations.entity.Organization;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.register.control.PublicRegister;
import ma.mizan.review.control.Reviews;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.Assessment;
import ma.mizan.systems.entity.RegistrationStatus;

/**
 * Reads what exports need, one page per transaction, and hands back plain records: the caller walks
 * the pages (keyset by id, or the queue's own order), so memory holds one page whatever the size.
 */
@ApplicationScoped
@Transactional
public class ExportData {

    public static final int PAGE = 200;

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Compliance compliance;

    @Inject
    Reviews reviews;

    @Inject
    ExportFindings findings;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.audit.entity.Audited> audited;

    /**
     * The regulator's register filters: the register's own search and an organization. Unlike the public register, the
     * export covers every system that was ever registered (withdrawn and suspended ones with their status) and shows
     * restricted entries in full.
     */
    public record RegisterFilter(PublicRegister.Filter search, Long organizationId) {
    }

    static OrganizationInfo organization(Organization o) {
        return new OrganizationInfo(o.getId(), o.getName(), o.getLegalForm().name(), o.getIce().toString(), o.getRcNumber(), o.getCity(),
                o.getSector(), o.getContactEmail(), o.isPublicAuthority());
    }

    public OrganizationInfo organization(long id) {
        Organization o = em.find(Organization.class, id);
        return o == null ? null : organization(o);
    }

    static SystemSummary summary(AiSystem s) {
        JsonNode profile = StrictJson.parse(s.getProfileJson().getBytes(StandardCharsets.UTF_8));
        List<String> areas = new ArrayList<>();
        profile.path("useAreas").forEach(a -> areas.add(a.asText()));
        return new SystemSummary(s.getId(), organization(s.getOrganization()), s.getName(), s.getSoftwareVersion(), s.getDescription(),
                s.getIntendedPurpose(), s.getLifecycle().name(), s.getRegistrationStatus().name(), s.getRegistrationNumber(), s.getSubmittedAt(),
                s.getReviewDeadline(), s.getReviewer(), s.getRegisteredAt(), s.getLatestRiskLevel() == null ? null : s.getLatestRiskLevel().name(),
                s.getRegisteredRiskLevel() == null ? null : s.getRegisteredRiskLevel().name(), profile.path("role").asText(null), areas);
    }

    /** Ids of the organization's systems after {@code afterId}, in id order (all of them when organizationId is null is not allowed). */
    public List<Long> systemIdsOf(long organizationId, long afterId, int limit) {
        return em.createQuery("select s.id from AiSystem s where s.organization.id = :org and s.id > :after order by s.id", Long.class)
                .setParameter("org", organizationId).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    public long countSystemsOf(long organizationId) {
        return em.createQuery("select count(s) from AiSystem s where s.organization.id = :org", Long.class).setParameter("org", organizationId)
                .getSingleResult();
    }

    /** One system's dossier as read on {@code day}; null when the system no longer exists. {@code auditId} limits findings to one audit. */
    public SystemDossier dossier(long systemId, LocalDate day, Long auditId) {
        AiSystem s = em.find(AiSystem.class, systemId);
        if (s == null) {
            return null;
        }
        Assessment latest = em.createNamedQuery(Assessment.HISTORY, Assessment.class).setParameter("systemId", systemId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        AssessmentInfo assessment = latest == null ? null : new AssessmentInfo(latest.getId(), latest.getCreatedAt(),
                StrictJson.bind(StrictJson.parse(latest.getResultJson().getBytes(StandardCharsets.UTF_8)), AssessmentResult.class));
        return new SystemDossier(summary(s), assessment, compliance.ofSystem(systemId, day), findings.ofSystem(systemId, auditId));
    }

    private static String registerWhere(RegisterFilter f) {
        return " where s.registrationNumber is not null and s.id > :after" + f.search().clauses()
                + (f.organizationId() == null ? "" : " and s.organization.id = :org");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, RegisterFilter f, long afterId) {
        f.search().bind(q).setParameter("after", afterId);
        if (f.organizationId() != null) {
            q.setParameter("org", f.organizationId());
        }
        return q;
    }

    /** A page of the register (every system that has a registration number: registered, suspended, withdrawn after registration). */
    public List<SystemSummary> registerPage(RegisterFilter f, long afterId, int limit) {
        return bind(em.createQuery("select s from AiSystem s join fetch s.organization" + registerWhere(f) + " order by s.id", AiSystem.class), f,
                afterId).setMaxResults(limit).getResultList().stream().map(ExportData::summary).toList();
    }

    public long countRegister(RegisterFilter f) {
        return bind(em.createQuery("select count(s) from AiSystem s" + registerWhere(f), Long.class), f, 0).getSingleResult();
    }

    /** A page of the regulator's queue, in the queue's order. */
    public List<SystemSummary> queuePage(Reviews.QueueFilter f, Reviews.Sort sort, int page, int size) {
        return reviews.queue(f, sort, page, size).items().stream().map(ExportData::summary).toList();
    }

    public long countQueue(Reviews.QueueFilter f) {
        return reviews.queue(f, Reviews.Sort.DEADLINE, 0, 1).total();
    }

    /** Records a finished export in the audit trail (in a transaction of its own: the export itself reads outside one). */
    public void recordExport(ma.mizan.audit.entity.Audited event) {
        audited.fire(event);
    }

    public static boolean listed(RegistrationStatus status) {
        return status == RegistrationStatus.REGISTERED || status == RegistrationStatus.SUSPENDED;
    }
}
