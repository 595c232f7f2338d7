package ma.mizan.exports.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.assessment.entity.Citation;
import ma.mizan.assessment.entity.TraceEntry;
import ma.mizan.compliance.entity.TrackedObligation;
import ma.mizan.exports.control.ExportRecords.AuditInfo;
import ma.mizan.exports.control.ExportRecords.FindingInfo;
import ma.mizan.exports.control.ExportRecords.OrganizationInfo;
import ma.mizan.exports.control.ExportRecords.SystemDossier;
import ma.mizan.exports.control.ExportRecords.SystemSummary;
import ma.mizan.exports.entity.Report;
import ma.mizan.exports.entity.ReportBlock;
import ma.mizan.exports.entity.ReportBlock.Column;
import ma.mizan.exports.entity.ReportBlock.KeyValue;

/**
 * The PDF reports a regulator would file: for a system, an organization or an audit, the identity,
 * the classification with its reasons and citations, the obligations with their status and evidence,
 * the findings and responses; for the register and the queue, a listing. Labels in the export's
 * language; data (names, purposes, Arabic included) as recorded.
 */
final class ExportReports {

    private final ExportLabels l;

    ExportReports(ExportLabels labels) {
        this.l = labels;
    }

    static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static String date(OffsetDateTime t) {
        return t == null ? null : t.toLocalDate().toString();
    }

    void organization(Report.Builder r, OrganizationInfo o) {
        r.heading(l.get("section.organization"));
        r.keyValues(List.of(new KeyValue(l.get("label.organization"), o.name()), new KeyValue(l.get("label.legalForm"), o.legalForm()),
                new KeyValue(l.get("label.ice"), o.ice()), new KeyValue(l.get("label.rc"), o.rcNumber()), new KeyValue(l.get("label.city"), o.city()),
                new KeyValue(l.get("label.sector"), o.sector()), new KeyValue(l.get("label.contact"), o.contactEmail()),
                new KeyValue(l.get("label.publicAuthority"), l.yesNo(o.publicAuthority()))));
    }

    /** One system's chapter: identity, classification, reasons, citations, obligations, evidence, findings. */
    void system(Report.Builder r, SystemDossier d, boolean withOrganization) {
        SystemSummary s = d.system();
        // "· v3.2" rather than " 3.2": a bare number after an Arabic name would be laid out with the Arabic run
        r.heading(s.name() + (s.softwareVersion() == null ? "" : " · v" + s.softwareVersion()));
        if (withOrganization) {
            r.keyValues(List.of(new KeyValue(l.get("label.organization"), s.organization().name()), new KeyValue(l.get("label.ice"),
                    s.organization().ice())));
        }
        r.subheading(l.get("section.identity"));
        r.keyValues(List.of(new KeyValue(l.get("label.systemId"), text(s.id())), new KeyValue(l.get("label.system"), s.name()),
                new KeyValue(l.get("label.version"), s.softwareVersion()), new KeyValue(l.get("label.purpose"), s.intendedPurpose()),
                new KeyValue(l.get("label.description"), s.description()), new KeyValue(l.get("label.lifecycle"), s.lifecycle()),
                new KeyValue(l.get("label.useAreas"), String.join(", ", s.useAreas())),
                new KeyValue(l.get("label.registrationStatus"), s.registrationStatus()),
                new KeyValue(l.get("label.registrationNumber"), s.registrationNumber()), new KeyValue(l.get("label.registeredAt"), date(s.registeredAt()))));
        r.subheading(l.get("section.classification"));
        if (d.assessment() == null) {
            r.paragraph(l.get("label.notAssessed"));
        } else {
            AssessmentResult a = d.assessment().result();
            r.keyValues(List.of(new KeyValue(l.get("label.riskLevel"), a.riskLevel().name()),
                    new KeyValue(l.get("label.highRiskBasis"), a.highRiskBasis().isEmpty() ? l.get("label.none")
                            : a.highRiskBasis().stream().map(Enum::name).collect(Collectors.joining(", "))),
                    new KeyValue(l.get("label.derogation"), l.yesNo(a.derogationApplied())),
                    new KeyValue(l.get("label.gpai"), a.generalPurposeModel().name()),
                    new KeyValue(l.get("label.cndpApplies"), l.yesNo(a.cndp().applies())),
                    new KeyValue(l.get("label.cndpFiling"), a.cndp().filing().name()), new KeyValue(l.get("label.cndpTransfer"), a.cndp().transfer().name()),
                    new KeyValue(l.get("label.assessment"), "#" + d.assessment().id()),
                    new KeyValue(l.get("label.assessedAt"), date(d.assessment().createdAt())), new KeyValue(l.get("label.asAt"), text(a.asAt())),
                    new KeyValue(l.get("label.ruleBase"), a.ruleBase().version() + " · sha256 " + a.ruleBase().hash())));
            r.subheading(l.get("section.reasons"));
            List<String> reasons = new ArrayList<>();
            for (TraceEntry t : a.trace()) {
                reasons.add((t.explanation() == null ? t.rule() : t.explanation()) + " [" + String.join(", ", t.legalRefs()) + "]");
            }
            r.bullets(reasons.isEmpty() ? List.of(l.get("label.none")) : reasons);
            r.subheading(l.get("section.citations"));
            List<String> cited = new ArrayList<>();
            for (Citation c : a.citations()) {
                cited.add(c.id() + ": " + c.title() + (c.status() == null ? "" : " (" + c.status() + ")"));
            }
            r.bullets(cited.isEmpty() ? List.of(l.get("label.none")) : cited);
        }
        r.subheading(l.get("section.obligations"));
        List<TrackedObligation> open = d.obligations().stream().filter(o -> !o.closed()).toList();
        r.table(List.of(new Column(l.get("label.code"), 2.3f), new Column(l.get("label.addressee"), 1.6f), new Column(l.get("label.legalRefs"), 2.1f),
                new Column(l.get("label.status"), 1.6f), new Column(l.get("label.dueDate"), 1.5f), new Column(l.get("label.owner"), 1.5f),
                new Column(l.get("label.evidence"), 1.8f)), open.stream().map(this::obligationRow).iterator());
        for (TrackedObligation o : open) {
            if (o.justification() != null) {
                r.paragraph(o.code() + " — " + l.get("label.justification") + ": " + o.justification());
            }
        }
        List<String> closed = d.obligations().stream().filter(TrackedObligation::closed)
                .map(o -> o.code() + " (" + o.addressee().name() + "): " + l.get("label.closed") + " " + date(o.closedAt()) + ", " + o.closedReason())
                .toList();
        if (!closed.isEmpty()) {
            r.bullets(closed);
        }
        if (!d.findings().isEmpty()) {
            r.subheading(l.get("section.findings"));
            findings(r, d.findings());
        }
    }

    private List<String> obligationRow(TrackedObligation o) {
        StringBuilder status = new StringBuilder(o.status().name());
        if (o.overdue() && !o.dueAgain()) {
            status.append(" (").append(l.get("label.overdue")).append(')');
        }
        if (o.dueAgain()) {
            status.append(" (").append(l.get("label.dueAgain")).append(')');
        } else if (o.missingEvidence()) {
            status.append(" (").append(l.get("label.missingEvidence")).append(')');
        }
        String evidence = o.evidence().stream().filter(e -> !e.withdrawn())
                .map(e -> (e.fileName() != null ? e.fileName() + " · sha256 " + e.sha256().substring(0, 12) + "…" : e.url())
                        + (e.expiresOn() == null ? "" : " (→ " + e.expiresOn() + (e.expired() ? ", " + l.get("label.dueAgain") : "") + ")"))
                .collect(Collectors.joining("\n"));
        return java.util.Arrays.asList(o.code(), o.addressee().name(), String.join(", ", o.legalRefs()), status.toString(),
                text(o.nextDue() != null ? o.nextDue() : o.dueDate()), o.owner(), evidence.isEmpty() ? l.get("label.none") : evidence);
    }

    void findings(Report.Builder r, List<FindingInfo> findings) {
        for (FindingInfo f : findings) {
            List<KeyValue> kv = new ArrayList<>();
            kv.add(new KeyValue(l.get("label.finding"), "#" + f.id() + " · " + f.severity() + " · " + f.status()));
            kv.add(new KeyValue(l.get("section.audit"), "#" + f.auditId() + " " + f.auditTitle()));
            if (f.obligationCode() != null || f.legalRef() != null) {
                kv.add(new KeyValue(l.get("label.code"), Objects.toString(f.obligationCode(), "") + (f.legalRef() == null ? "" : " [" + f.legalRef() + "]")));
            }
            kv.add(new KeyValue(l.get("label.description"), f.description()));
            if (f.evidenceReviewed() != null) {
                kv.add(new KeyValue(l.get("section.evidence"), f.evidenceReviewed()));
            }
            kv.add(new KeyValue(l.get("label.response"), f.response() == null ? l.get("label.none") : f.response() + " — " + f.responseBy()
                    + ", " + date(f.responseAt())));
            r.keyValues(kv);
        }
    }

    void audit(Report.Builder r, AuditInfo a) {
        r.heading(l.get("section.audit") + " #" + a.id() + " — " + a.title());
        r.keyValues(List.of(new KeyValue(l.get("label.title"), a.title()), new KeyValue(l.get("label.scope"), a.scope()),
                new KeyValue(l.get("label.auditor"), a.auditorName()), new KeyValue(l.get("label.status"), a.status()),
                new KeyValue(l.get("label.opened"), date(a.openedAt())), new KeyValue(l.get("label.closedAt"), date(a.closedAt())),
                new KeyValue(l.get("label.opinion"), a.opinion())));
        if (a.conclusion() != null) {
            r.subheading(l.get("section.conclusion"));
            r.paragraph(a.conclusion());
        }
    }

    void register(Report.Builder r, Iterator<SystemSummary> rows) {
        r.table(List.of(new Column(l.get("label.registrationNumber"), 1.6f), new Column(l.get("label.organization"), 2f),
                new Column(l.get("label.system"), 2f), new Column(l.get("label.purpose"), 3f), new Column(l.get("label.riskLevel"), 1.1f),
                new Column(l.get("label.registrationStatus"), 1.3f), new Column(l.get("label.registeredAt"), 1.1f)),
                new Mapped<>(rows, s -> java.util.Arrays.asList(s.registrationNumber(), s.organization().name(), s.name(), s.intendedPurpose(),
                        s.registeredRiskLevel(), s.registrationStatus(), date(s.registeredAt()))));
    }

    void queue(Report.Builder r, Iterator<SystemSummary> rows, LocalDate today) {
        r.table(List.of(new Column(l.get("label.systemId"), 0.8f), new Column(l.get("label.organization"), 2f), new Column(l.get("label.system"), 2f),
                new Column(l.get("label.registrationStatus"), 1.5f), new Column(l.get("label.riskLevel"), 1.1f),
                new Column(l.get("label.submittedAt"), 1.1f), new Column(l.get("label.deadline"), 1.2f)),
                new Mapped<>(rows, s -> java.util.Arrays.asList(text(s.id()), s.organization().name(), s.name(), s.registrationStatus(), s.riskLevel(),
                        date(s.submittedAt()), s.reviewDeadline() == null ? null : s.reviewDeadline()
                                + ("CHANGES_REQUESTED".equals(s.registrationStatus()) && s.reviewDeadline().isBefore(today)
                                ? " (" + l.get("label.overdue") + ")" : ""))));
    }

    /** An iterator whose elements are mapped when read. */
    record Mapped<T, R>(Iterator<T> source, java.util.function.Function<T, R> map) implements Iterator<R> {
        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public R next() {
            return map.apply(source.next());
        }
    }

}
