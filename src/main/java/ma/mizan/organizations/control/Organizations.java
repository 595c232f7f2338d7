package ma.mizan.organizations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import ma.mizan.organizations.entity.Ice;
import ma.mizan.organizations.entity.Organization;
import ma.mizan.organizations.entity.OrganizationData;
import ma.mizan.platform.control.Preconditions;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.entity.Page;
import ma.mizan.systems.entity.AiSystem;

/** Creates, reads, replaces and deletes organizations, one transaction per operation. */
@ApplicationScoped
@Transactional
public class Organizations {

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ma.mizan.audit.entity.Audited> audited;


    public Organization create(OrganizationData data) {
        requireUniqueIce(data.ice(), null);
        Organization o = new Organization(data, now());
        em.persist(o);
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("organization.created", "organization", o.getId().toString(), o.getId(), null, o.snapshot()));
        return o;
    }

    public Organization find(long id) {
        Organization o = em.find(Organization.class, id);
        if (o == null) {
            throw ProblemException.notFound("Organization " + id);
        }
        return o;
    }

    /** A page of organizations, by name; {@code only} limits them to those ids (null: all). */
    public Page<Organization> list(java.util.List<Long> only, int page, int size) {
        if (only != null && only.isEmpty()) {
            return new Page<>(java.util.List.of(), page, size, 0);
        }
        String where = only == null ? "" : " where o.id in :ids";
        var count = em.createQuery("select count(o) from Organization o" + where, Long.class);
        var query = em.createQuery("select o from Organization o" + where + " order by o.name, o.id", Organization.class);
        if (only != null) {
            count.setParameter("ids", only);
            query.setParameter("ids", only);
        }
        return new Page<>(query.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, count.getSingleResult());
    }

    public Page<Organization> list(int page, int size) {
        return list(null, page, size);
    }

    public Organization replace(long id, OrganizationData data, long expectedVersion) {
        Organization o = find(id);
        Preconditions.check(expectedVersion, o.getRowVersion());
        requireUniqueIce(data.ice(), id);
        String before = o.snapshot();
        o.apply(data, now());
        em.flush();
        audited.fire(new ma.mizan.audit.entity.Audited("organization.changed", "organization", o.getId().toString(), o.getId(), before, o.snapshot()));
        return o;
    }

    public void delete(long id, long expectedVersion) {
        Organization o = find(id);
        Preconditions.check(expectedVersion, o.getRowVersion());
        long systems = em.createNamedQuery(AiSystem.COUNT_BY_ORGANIZATION, Long.class).setParameter("organizationId", id).getSingleResult();
        if (systems > 0) {
            throw ProblemException.conflict("organization-has-systems",
                    "Organization " + id + " still owns " + systems + " AI system(s); delete or transfer them first.");
        }
        audited.fire(new ma.mizan.audit.entity.Audited("organization.deleted", "organization", o.getId().toString(), o.getId(), o.snapshot(), null));
        em.remove(o);
        em.flush();
    }

    private void requireUniqueIce(String ice, Long except) {
        em.createNamedQuery(Organization.FIND_BY_ICE, Organization.class).setParameter("ice", new Ice(ice)).getResultList().stream()
                .filter(o -> !o.getId().equals(except)).findAny().ifPresent(o -> {
                    throw new ProblemException(409, "duplicate-ice", "Conflict", "Another organization (" + o.getId() + ") has ICE " + ice + ".",
                            java.util.List.of(new ma.mizan.platform.entity.Problem.FieldError("/ice", "already registered")), java.util.Map.of());
                });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
