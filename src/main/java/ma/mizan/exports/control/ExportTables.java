package ma.mizan.exports.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.assessment.entity.TraceEntry;
import ma.mizan.compliance.entity.TrackedObligation;
import ma.mizan.exports.control.ExportRecords.AuditInfo;
import ma.mizan.exports.control.ExportRecords.FindingInfo;
import ma.mizan.exports.control.ExportRecords.SystemDossier;
import ma.mizan.exports.control.ExportRecords.SystemSummary;
import ma.mizan.exports.entity.ExportTable;

/**
 * The tables of the tabular formats (CSV, JSON, XLSX): their columns, stable machine names that outside
 * tools can rely on, and their rows, produced lazily from the records. Column names are never renamed
 * or dropped; new ones are added at the end.
 */
final class ExportTables {

    static final List<String> SYSTEMS = List.of("systemId", "organizationId", "organization", "ice", "sector", "name", "softwareVersion",
            "intendedPurpose", "lifecycle", "registrationStatus", "registrationNumber", "registeredAt", "riskLevel", "highRiskBasis",
            "derogationApplied", "generalPurposeModel", "cndpApplies", "cndpFiling", "cndpTransfer", "assessmentId", "assessedAt", "asAt",
            "ruleBaseVersion", "ruleBaseHash");
    static final List<String> CLASSIFICATION = List.of("systemId", "rule", "legalRefs", "facts", "explanation");
    static final List<String> OBLIGATIONS = List.of("systemId", "system", "trackingId", "code", "addressee", "title", "legalRefs", "because",
            "appliesFrom", "status", "justification", "owner", "dueDate", "overdue", "dueAgain", "missingEvidence", "closed", "closedReason",
            "notes", "evidenceCount");
    static final List<String> EVIDENCE = List.of("systemId", "trackingId", "code", "evidenceId", "kind", "fileName", "contentType", "sizeBytes",
            "sha256", "url", "description", "expiresOn", "expired", "withdrawn", "uploadedBy", "uploadedAt");
    static final List<String> FINDINGS = List.of("findingId", "auditId", "audit", "systemId", "obligationCode", "legalRef", "severity", "status",
            "origin", "description", "evidenceReviewed", "createdBy", "createdAt", "response", "responseBy", "responseAt");
    static final List<String> AUDIT = List.of("auditId", "organizationId", "systemId", "title", "scope", "auditor", "status", "openedAt",
            "closedAt", "conclusion", "opinion");
    static final List<String> REGISTER = List.of("registrationNumber", "registrationStatus", "systemId", "organizationId", "organization", "ice",
            "sector", "system", "softwareVersion", "intendedPurpose", "riskLevel", "useAreas", "role", "lifecycle", "registeredAt");
    static final List<String> QUEUE = List.of("systemId", "organizationId", "organization", "sector", "system", "registrationStatus", "riskLevel",
            "useAreas", "submittedAt", "reviewDeadline", "overdue", "reviewer", "registrationNumber");

    private ExportTables() {
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** The tables of a dossier export (a system, an organization or an audit); each walks the systems afresh. */
    static List<ExportTable> dossierTables(Supplier<Iterator<SystemDossier>> systems, Supplier<Iterator<FindingInfo>> findings, AuditInfo audit) {
        List<ExportTable> tables = new ArrayList<>();
        if (audit != null) {
            tables.add(new ExportTable("audit", AUDIT, List.of(row(audit.id(), audit.organizationId(), audit.systemId(), audit.title(), audit.scope(),
                    audit.auditorName(), audit.status(), audit.openedAt(), audit.closedAt(), audit.conclusion(), audit.opinion())).iterator()));
        }
        tables.add(new ExportTable("systems", SYSTEMS, lazy(() -> new FlatRows<>(systems.get(), d -> List.of(system(d))))));
        tables.add(new ExportTable("classification", CLASSIFICATION, lazy(() -> new FlatRows<>(systems.get(), ExportTables::classification))));
        tables.add(new ExportTable("obligations", OBLIGATIONS, lazy(() -> new FlatRows<>(systems.get(), ExportTables::obligations))));
        tables.add(new ExportTable("evidence", EVIDENCE, lazy(() -> new FlatRows<>(systems.get(), ExportTables::evidence))));
        tables.add(new ExportTable("findings", FINDINGS, lazy(() -> new FlatRows<>(findings.get(), f -> List.of(finding(f))))));
        return tables;
    }

    static List<Object> system(SystemDossier d) {
        SystemSummary s = d.system();
        AssessmentResult r = d.assessment() == null ? null : d.assessment().result();
        return row(s.id(), s.organization().id(), s.organization().name(), s.organization().ice(), s.organization().sector(), s.name(),
                s.softwareVersion(), s.intendedPurpose(), s.lifecycle(), s.registrationStatus(), s.registrationNumber(), s.registeredAt(),
                r == null ? null : r.riskLevel().name(), r == null ? null : r.highRiskBasis().stream().map(Enum::name).toList(),
                r == null ? null : r.derogationApplied(), r == null ? null : r.generalPurposeModel().name(), r == null ? null : r.cndp().applies(),
                r == null ? null : r.cndp().filing().name(), r == null ? null : r.cndp().transfer().name(),
                d.assessment() == null ? null : d.assessment().id(), d.assessment() == null ? null : d.assessment().createdAt(),
                r == null ? null : r.asAt(), r == null ? null : r.ruleBase().version(), r == null ? null : r.ruleBase().hash());
    }

    static List<List<Object>> classification(SystemDossier d) {
        if (d.assessment() == null) {
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (TraceEntry t : d.assessment().result().trace()) {
            rows.add(row(d.system().id(), t.rule(), t.legalRefs(), t.facts(), t.explanation()));
        }
        return rows;
    }

    static List<List<Object>> obligations(SystemDossier d) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrackedObligation o : d.obligations()) {
            rows.add(row(d.system().id(), d.system().name(), o.id(), o.code(), o.addressee().name(), o.title(), o.legalRefs(), o.because(),
                    o.appliesFrom(), o.status().name(), o.justification(), o.owner(), o.dueDate(), o.overdue(), o.dueAgain(), o.missingEvidence(),
                    o.closed(), o.closedReason(), o.notes(), o.evidence().stream().filter(e -> !e.withdrawn()).count()));
        }
        return rows;
    }

    static List<List<Object>> evidence(SystemDossier d) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrackedObligation o : d.obligations()) {
            for (TrackedObligation.EvidenceItem e : o.evidence()) {
                rows.add(row(d.system().id(), o.id(), o.code(), e.id(), e.kind().name(), e.fileName(), e.contentType(), e.sizeBytes(), e.sha256(),
                        e.url(), e.description(), e.expiresOn(), e.expired(), e.withdrawn(), e.uploadedBy(), e.uploadedAt()));
            }
        }
        return rows;
    }

    static List<Object> finding(FindingInfo f) {
        return row(f.id(), f.auditId(), f.auditTitle(), f.systemId(), f.obligationCode(), f.legalRef(), f.severity(), f.status(), f.origin(),
                f.description(), f.evidenceReviewed(), f.createdBy(), f.createdAt(), f.response(), f.responseBy(), f.responseAt());
    }

    static List<Object> register(SystemSummary s) {
        return row(s.registrationNumber(), s.registrationStatus(), s.id(), s.organization().id(), s.organization().name(), s.organization().ice(),
                s.organization().sector(), s.name(), s.softwareVersion(), s.intendedPurpose(), s.registeredRiskLevel(), s.useAreas(), s.role(),
                s.lifecycle(), s.registeredAt());
    }

    static List<Object> queue(SystemSummary s, LocalDate today) {
        boolean overdue = "CHANGES_REQUESTED".equals(s.registrationStatus()) && s.reviewDeadline() != null && s.reviewDeadline().isBefore(today);
        return row(s.id(), s.organization().id(), s.organization().name(), s.organization().sector(), s.name(), s.registrationStatus(),
                s.riskLevel(), s.useAreas(), s.submittedAt(), s.reviewDeadline(), overdue, s.reviewer(), s.registrationNumber());
    }

    /** An iterator created only when first read, so that building the list of tables reads nothing. */
    static <T> Iterator<T> lazy(Supplier<Iterator<T>> make) {
        return new Iterator<>() {
            private Iterator<T> it;

            private Iterator<T> it() {
                if (it == null) {
                    it = make.get();
                }
                return it;
            }

            @Override
            public boolean hasNext() {
                return it().hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return it().next();
            }
        };
    }

    /** Pages of records after a key (keyset on id): {@code page} gives the records after a key, {@code key} the key of a record. */
    static <T> Iterator<T> paged(Function<Long, List<T>> page, Function<T, Long> key, Runnable advanced) {
        return new Pages<>(page, (cursor, p) -> key.apply(p.get(p.size() - 1)), 0, advanced);
    }

    /** Pages read by number (the queue's own order): page n, until one comes back short. */
    static <T> Iterator<T> offsetPaged(java.util.function.IntFunction<List<T>> page, Runnable advanced) {
        return new Pages<>(n -> page.apply(n.intValue()), (cursor, p) -> cursor + 1, ExportData.PAGE, advanced);
    }

    /**
     * Records read a page at a time: {@code fetch} gives the page at a cursor (starting at 0), {@code next} the
     * cursor after a page; a page shorter than {@code full} (0: no such size) is the last one, an empty page ends it.
     */
    private static final class Pages<T> implements Iterator<T> {
        private final Function<Long, List<T>> fetch;
        private final java.util.function.BiFunction<Long, List<T>, Long> next;
        private final int full;
        private final Runnable advanced;
        private Iterator<T> current = java.util.Collections.emptyIterator();
        private long cursor;
        private boolean exhausted;

        Pages(Function<Long, List<T>> fetch, java.util.function.BiFunction<Long, List<T>, Long> next, int full, Runnable advanced) {
            this.fetch = fetch;
            this.next = next;
            this.full = full;
            this.advanced = advanced;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (exhausted) {
                    return false;
                }
                List<T> p = fetch.apply(cursor);
                exhausted = p.size() < full || p.isEmpty();
                if (p.isEmpty()) {
                    return false;
                }
                cursor = next.apply(cursor, p);
                current = p.iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            advanced.run();
            return current.next();
        }
    }
}
