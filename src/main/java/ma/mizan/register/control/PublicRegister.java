package ma.mizan.register.control;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.assessment.entity.UseArea;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import ma.mizan.platform.entity.Page;
import ma.mizan.register.entity.RegisterEntry;
import ma.mizan.register.entity.RegisterReport;
import ma.mizan.systems.entity.AiSystem;
import ma.mizan.systems.entity.Assessment;
import ma.mizan.systems.entity.RegistrationStatus;

/**
 * The public register: a read model over registered systems that shows their registered version (a new
 * version under review does not replace it until it is registered), public fields only.
 */
@ApplicationScoped
@Transactional
public class PublicRegister {

    /** Registered systems stay listed while a new version is prepared or reviewed, and while suspended (as suspended). */
    static final Set<RegistrationStatus> LISTED = Set.of(RegistrationStatus.REGISTERED, RegistrationStatus.SUSPENDED,
            RegistrationStatus.DRAFT, RegistrationStatus.SUBMITTED, RegistrationStatus.UNDER_REVIEW, RegistrationStatus.CHANGES_REQUESTED);

    private static final Set<String> RESTRICTED_BASES = Set.of("BIOMETRIC_IDENTIFICATION", "BIOMETRIC_CATEGORISATION", "EMOTION_RECOGNITION");

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.audit.entity.Audited> audited;

    /** The register's search; also the filters of the regulator's register export. */
    public record Filter(String text, RiskLevel riskLevel, UseArea useArea, String sector) {

        /** The filter's conditions on {@code s} (an AiSystem), each starting with " and". */
        public String clauses() {
            StringBuilder where = new StringBuilder();
            if (riskLevel != null) {
                where.append(" and s.registeredRiskLevel = :risk");
            }
            if (sector != null && !sector.isBlank()) {
                where.append(" and lower(s.organization.sector) = :sector");
            }
            if (text != null && !text.isBlank()) {
                where.append(" and (lower(s.name) like :text or lower(s.organization.name) like :text or lower(s.registrationNumber) like :text)");
            }
            if (useArea != null) {
                where.append(" and s.registeredProfile like :area");
            }
            return where.toString();
        }

        /** Binds the parameters of {@link #clauses()}. */
        public <Q extends jakarta.persistence.Query> Q bind(Q query) {
            if (riskLevel != null) {
                query.setParameter("risk", riskLevel);
            }
            if (sector != null && !sector.isBlank()) {
                query.setParameter("sector", sector.toLowerCase(Locale.ROOT));
            }
            if (text != null && !text.isBlank()) {
                query.setParameter("text", "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            }
            if (useArea != null) {
                query.setParameter("area", "%\"" + useArea.name() + "\"%");
            }
            return query;
        }
    }

    public Page<RegisterEntry> search(Filter f, int page, int size) {
        String where = " where s.registrationNumber is not null and s.registrationStatus in :listed" + f.clauses();
        var q = f.bind(em.createQuery("select s from AiSystem s" + where + " order by s.registrationNumber", AiSystem.class));
        var c = f.bind(em.createQuery("select count(s) from AiSystem s" + where, Long.class));
        for (var query : List.of(q, c)) {
            query.setParameter("listed", LISTED);
        }
        if (f.useArea() != null) {
            // a search by use area must not reveal the areas of restricted entries: they are left out of it
            List<RegisterEntry> visible = q.getResultList().stream().map(this::entry).filter(e -> !e.restricted()).toList();
            int from = Math.min(page * size, visible.size());
            return new Page<>(visible.subList(from, Math.min(from + size, visible.size())), page, size, visible.size());
        }
        List<RegisterEntry> entries = q.setFirstResult(page * size).setMaxResults(size).getResultList().stream().map(this::entry).toList();
        return new Page<>(entries, page, size, c.getSingleResult());
    }

    public RegisterEntry find(String registrationNumber) {
        return entry(system(registrationNumber));
    }

    private AiSystem system(String registrationNumber) {
        List<AiSystem> found = em.createQuery("select s from AiSystem s where s.registrationNumber = :n and s.registrationStatus in :listed",
                AiSystem.class).setParameter("n", registrationNumber).setParameter("listed", LISTED).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Register entry " + registrationNumber);
        }
        return found.get(0);
    }

    private RegisterEntry entry(AiSystem s) {
        JsonNode profile = StrictJson.parse(s.getRegisteredProfile().getBytes(StandardCharsets.UTF_8));
        List<String> areas = new ArrayList<>();
        profile.path("useAreas").forEach(a -> areas.add(a.asText()));
        Assessment registered = em.createQuery("select a from Assessment a where a.system.id = :id and a.createdAt <= :at "
                        + "order by a.createdAt desc, a.id desc", Assessment.class)
                .setParameter("id", s.getId()).setParameter("at", s.getRegisteredAt()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        List<String> obligations = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        if (registered != null) {
            JsonNode result = StrictJson.parse(registered.getResultJson().getBytes(StandardCharsets.UTF_8));
            result.path("obligations").forEach(o -> obligations.add(o.get("code").asText()));
            result.path("highRiskBasis").forEach(b -> bases.add(b.asText()));
        }
        String restriction = bases.stream().filter(RESTRICTED_BASES::contains).findFirst()
                .or(() -> areas.stream().filter(a -> a.startsWith("LAW_ENFORCEMENT_") || a.startsWith("MIGRATION_")).findFirst())
                .orElse(null);
        boolean restricted = restriction != null;
        return new RegisterEntry(s.getRegistrationNumber(), s.getRegistrationStatus() == RegistrationStatus.SUSPENDED ? "SUSPENDED" : "REGISTERED",
                s.getOrganization().getName(), s.getOrganization().getSector(), profile.path("name").asText(s.getName()),
                restricted ? null : s.getIntendedPurpose(), s.getRegisteredRiskLevel() == null ? null : s.getRegisteredRiskLevel().name(),
                restricted ? null : areas, restricted ? null : obligations, s.getRegisteredAt(), restricted,
                restricted ? "withheld from the public register (working model art. 49(4)): " + restriction : null);
    }

    public RegisterReport report(String registrationNumber, String message, String contactEmail) {
        AiSystem s = system(registrationNumber);
        RegisterReport r = new RegisterReport(registrationNumber, s.getId(), s.getOrganization().getId(), message, contactEmail,
                OffsetDateTime.now(clock));
        em.persist(r);
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("register.reported", "register_report", r.getId().toString(), r.getOrganizationId(), null,
                StrictJson.write(java.util.Map.of("registrationNumber", registrationNumber, "message", message))));
        return r;
    }

    /** Reports, newest first; {@code organizations} limits them (null: all). */
    public List<RegisterReport> reports(List<Long> organizations) {
        if (organizations != null && organizations.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select r from RegisterReport r" + (organizations == null ? "" : " where r.organizationId in :orgs")
                + " order by r.createdAt desc, r.id desc", RegisterReport.class);
        if (organizations != null) {
            q.setParameter("orgs", organizations);
        }
        return q.setMaxResults(500).getResultList();
    }
}
