package ma.mizan.exports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import ma.mizan.exports.entity.ExportJob;
import ma.mizan.exports.entity.ExportRequest;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;

/** The export jobs' records: each change in a transaction of its own, so progress is visible while a job runs. */
@ApplicationScoped
@Transactional
public class ExportJobStore {

    @PersistenceContext(unitName = "mizan")
    EntityManager em;

    @Inject
    Clock clock;

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public ExportJob create(ExportRequest r, CallerIdentity requester) {
        ExportJob job = new ExportJob(requester.name(), requester.role().name(), requester.organizationId(), r.scope(), r.targetId(), r.format(),
                StrictJson.write(r.filters()), r.language(), now());
        em.persist(job);
        em.flush();
        return job;
    }

    public ExportJob find(long id, String requestedBy) {
        ExportJob job = em.find(ExportJob.class, id);
        // a job is its requester's: anyone else is told it does not exist
        if (job == null || !job.getRequestedBy().equals(requestedBy)) {
            throw ProblemException.notFound("Export job " + id);
        }
        return job;
    }

    public List<ExportJob> of(String requestedBy) {
        return em.createNamedQuery(ExportJob.OF_REQUESTER, ExportJob.class).setParameter("requestedBy", requestedBy).setMaxResults(100)
                .getResultList();
    }

    List<Long> interruptedJobs() {
        List<ExportJob> jobs = em.createNamedQuery(ExportJob.UNFINISHED, ExportJob.class)
                .setParameter("statuses", List.of(ExportJob.Status.QUEUED, ExportJob.Status.RUNNING)).getResultList();
        return jobs.stream().filter(j -> j.interrupted(now())).map(ExportJob::getId).toList();
    }

    ExportJob start(long id) {
        ExportJob job = em.find(ExportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.getStatus() != ExportJob.Status.QUEUED) {
            return null;
        }
        job.started(now());
        return job;
    }

    void progress(long id, long done, Long total) {
        ExportJob job = em.find(ExportJob.class, id);
        if (job != null && job.getStatus() == ExportJob.Status.RUNNING) {
            job.progress(done, total);
        }
    }

    void finish(long id, String fileName, long size, String sha256, String failure) {
        ExportJob job = em.find(ExportJob.class, id);
        if (failure == null) {
            job.done(fileName, size, sha256, now());
        } else {
            job.failed(failure, now());
        }
    }

}
