package ma.mizan.exports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import ma.mizan.assessment.control.RuleEngine;
import ma.mizan.assessment.entity.RuleBaseIdentity;
import ma.mizan.audit.entity.Audited;
import ma.mizan.exports.control.ExportRecords.AuditInfo;
import ma.mizan.exports.control.ExportRecords.FindingInfo;
import ma.mizan.exports.control.ExportRecords.OrganizationInfo;
import ma.mizan.exports.control.ExportRecords.SystemDossier;
import ma.mizan.exports.control.ExportRecords.SystemSummary;
import ma.mizan.exports.entity.BundleDescription;
import ma.mizan.exports.entity.ExportFormat;
import ma.mizan.exports.entity.ExportRequest;
import ma.mizan.exports.entity.ExportScope;
import ma.mizan.exports.entity.ExportTable;
import ma.mizan.exports.entity.Report;
import ma.mizan.exports.entity.ReportBlock;
import ma.mizan.identity.control.InstanceKeys;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.control.StrictJson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes one export as a signed bundle, streaming: records are read a page at a time and written as
 * they come, each data file's SHA-256 is computed while it is written, then the manifest is signed with
 * the instance's Ed25519 key. Runs outside any transaction (each page read has its own), and records
 * the export in the audit trail once the bundle is complete.
 */
@ApplicationScoped
public class Exporter {

    /** Follows an export's progress: items (systems or listing rows) done out of the total, when known. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void advanced(long done, Long total);
    }

    /** What a finished export wrote. */
    public record Outcome(List<String> files, String manifestSha256, long items) {
    }

    @Inject
    ExportData data;

    @Inject
    ExportFindings findings;

    @Inject
    RuleEngine engine;

    @Inject
    InstanceKeys keys;

    @Inject
    Clock clock;

    /** A pause after each system or row exported: spreads a large export's load (and lets tests interrupt a running job). */
    @Inject
    @ConfigProperty(name = "mizan.exports.pause-ms", defaultValue = "0")
    long pauseMs;

    private volatile KeyPair signing;

    KeyPair signing() {
        KeyPair k = signing;
        if (k == null) {
            k = keys.ed25519(InstanceKeys.SIGNATURES);
            signing = k;
        }
        return k;
    }

    public String publicKeyPem() {
        return PublicKeyPem.encode(signing().getPublic());
    }

    /**
     * Checks what can be checked before anything is streamed: the filters, the format for the scope, and
     * for Annex VIII that the system must be registered. {@code prefix} is the pointer prefix of filters.
     */
    public void check(ExportRequest r, String prefix) {
        ExportFilters.parse(r.scope(), r.filters(), prefix);
        if (r.format() == ExportFormat.ANNEX_VIII) {
            if (r.scope() != ExportScope.SYSTEM && r.scope() != ExportScope.ORGANIZATION) {
                throw ProblemException.invalid(prefix.equals("?") ? "?format" : "/format",
                        "Annex VIII registration data are exported per system or per organization");
            }
            if (r.scope() == ExportScope.SYSTEM) {
                SystemDossier d = data.dossier(r.targetId(), r.asAt(), null);
                if (d == null || !AnnexViii.mustRegister(d)) {
                    throw new ProblemException(409, "not-registrable", "Not a system to register",
                            "The latest assessment of AI system " + r.targetId() + " lists no registration duty (REGISTRATION, "
                                    + "NOT-HIGH-RISK-DOCUMENTATION or DEPLOYER-REGISTRATION): assess it first, or it need not be registered.");
                }
            }
        }
    }

    public Outcome export(ExportRequest r, CallerIdentity who, OutputStream out, Progress progress, String reference) throws IOException {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        RuleBaseIdentity ruleBase = engine.ruleBase().identity();
        ExportLabels labels = new ExportLabels(r.language());
        AtomicLong done = new AtomicLong();
        long[] total = {0};
        Runnable advanced = () -> {
            long n = done.incrementAndGet();
            progress.advanced(n, total[0]);
            if (pauseMs > 0) {
                pause();
            }
        };
        ExportFilters filters = ExportFilters.parse(r.scope(), r.filters(), "?");
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("scope", r.scope().name());
        if (r.targetId() != null) {
            description.put("targetId", r.targetId());
        }
        description.put("format", r.format().name());
        description.put("language", r.language());
        description.put("asAt", r.asAt().toString());
        if (!r.filters().isEmpty()) {
            description.put("filters", r.filters());
        }
        description.put("reference", reference);
        String base = r.baseName();
        ExportBundle bundle = ExportBundle.writeTo(out);
        List<String> files = new ArrayList<>();
        switch (r.scope()) {
            case SYSTEM, ORGANIZATION, AUDIT -> {
                AuditInfo audit = r.scope() == ExportScope.AUDIT ? findings.audit(r.targetId()) : null;
                long organizationId = switch (r.scope()) {
                    case SYSTEM -> data.dossier(r.targetId(), r.asAt(), null).system().organization().id();
                    case AUDIT -> audit.organizationId();
                    default -> r.targetId();
                };
                Long auditId = audit == null ? null : audit.id();
                Long singleSystem = r.scope() == ExportScope.SYSTEM ? r.targetId() : audit != null ? audit.systemId() : null;
                Supplier<Iterator<SystemDossier>> systems = singleSystem != null
                        ? () -> Dossiers.single(data, singleSystem, r.asAt(), auditId, advanced)
                        : () -> Dossiers.of(data, organizationId, r.asAt(), auditId, advanced);
                long systemCount = singleSystem != null ? 1 : data.countSystemsOf(organizationId);
                Supplier<Iterator<FindingInfo>> allFindings = () -> switch (r.scope()) {
                    case AUDIT -> findings.ofAudit(auditId).iterator();
                    case ORGANIZATION -> findings.ofOrganization(organizationId).iterator();
                    default -> findings.ofSystem(singleSystem, null).iterator();
                };
                OrganizationInfo organization = data.organization(organizationId);
                description.put("organizationId", organizationId);
                description.put("organization", organization.name());
                switch (r.format()) {
                    case CSV -> {
                        List<ExportTable> tables = ExportTables.dossierTables(systems, allFindings, audit);
                        total[0] = systemCount * 4;
                        for (ExportTable t : tables) {
                            files.add(write(bundle, base + "-" + t.name() + ".csv", ExportFormat.CSV, o -> new CsvExportWriter().write(t, o)));
                        }
                    }
                    case JSON -> {
                        total[0] = systemCount * 4;
                        List<ExportTable> tables = ExportTables.dossierTables(systems, allFindings, audit);
                        files.add(write(bundle, base + ".json", ExportFormat.JSON, o -> new JsonExportWriter().write(description, tables, o)));
                    }
                    case XLSX -> {
                        total[0] = systemCount * 4;
                        List<ExportTable> tables = ExportTables.dossierTables(systems, allFindings, audit);
                        files.add(write(bundle, base + ".xlsx", ExportFormat.XLSX, o -> new XlsxExportWriter().write(tables, o)));
                    }
                    case PDF -> {
                        total[0] = systemCount;
                        Report report = dossierReport(r, labels, organization, audit, systems, allFindings, ruleBase, who, now);
                        files.add(write(bundle, base + ".pdf", ExportFormat.PDF, o -> new PdfReportRenderer().render(report, o)));
                    }
                    case ANNEX_VIII -> {
                        total[0] = systemCount;
                        for (Iterator<SystemDossier> it = systems.get(); it.hasNext(); ) {
                            SystemDossier d = it.next();
                            if (AnnexViii.mustRegister(d)) {
                                files.add(write(bundle, "annex-viii-system-" + d.system().id() + ".json", ExportFormat.ANNEX_VIII,
                                        o -> AnnexViii.write(d, o)));
                            }
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            case REGISTER -> {
                total[0] = data.countRegister(filters.register());
                Supplier<Iterator<SystemSummary>> rows = () -> ExportTables.paged(after -> data.registerPage(filters.register(), after, ExportData.PAGE),
                        SystemSummary::id, advanced);
                listing(bundle, files, r, base, "register", ExportTables.REGISTER, () -> new ExportReports.Mapped<>(rows.get(), ExportTables::register),
                        rep -> new ExportReports(labels).register(rep, rows.get()), labels.get("report.register"), description, labels, ruleBase, who, now);
            }
            case REVIEW_QUEUE -> {
                total[0] = data.countQueue(filters.queue());
                LocalDate today = LocalDate.now(clock);
                Supplier<Iterator<SystemSummary>> rows = () -> ExportTables.offsetPaged(page -> data.queuePage(filters.queue(), filters.sort(), page,
                        ExportData.PAGE), advanced);
                listing(bundle, files, r, base, "review-queue", ExportTables.QUEUE,
                        () -> new ExportReports.Mapped<>(rows.get(), s -> ExportTables.queue(s, today)),
                        rep -> new ExportReports(labels).queue(rep, rows.get(), today), labels.get("report.queue"), description, labels, ruleBase, who, now);
            }
        }
        byte[] manifest = bundle.finish(new BundleDescription(description, ruleBase.version(), ruleBase.hash(), who.name(), who.role().name(),
                now.toInstant()), signing());
        String manifestSha256 = sha256(manifest);
        data.recordExport(new Audited("export.created", "export", reference, organizationOf(description), null,
                StrictJson.write(Map.of("scope", r.scope().name(), "targetId", String.valueOf(r.targetId()), "format", r.format().name(),
                        "files", files, "manifestSha256", manifestSha256, "requestedBy", who.name()))));
        return new Outcome(files, manifestSha256, done.get());
    }

    private static Long organizationOf(Map<String, Object> description) {
        Object o = description.get("organizationId");
        return o instanceof Long id ? id : null;
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static String write(ExportBundle bundle, String name, ExportFormat format, Body body) throws IOException {
        try (OutputStream o = bundle.newFile(name, format.contentType())) {
            body.write(o);
        }
        return name;
    }

    private void listing(ExportBundle bundle, List<String> files, ExportRequest r, String base, String table, List<String> columns,
                         Supplier<Iterator<List<Object>>> rows, java.util.function.Consumer<Report.Builder> pdf, String title,
                         Map<String, Object> description, ExportLabels labels, RuleBaseIdentity ruleBase, CallerIdentity who,
                         OffsetDateTime now) throws IOException {
        switch (r.format()) {
            case CSV -> files.add(write(bundle, base + ".csv", ExportFormat.CSV,
                    o -> new CsvExportWriter().write(new ExportTable(table, columns, rows.get()), o)));
            case JSON -> files.add(write(bundle, base + ".json", ExportFormat.JSON,
                    o -> new JsonExportWriter().write(description, List.of(new ExportTable(table, columns, rows.get())), o)));
            case XLSX -> files.add(write(bundle, base + ".xlsx", ExportFormat.XLSX,
                    o -> new XlsxExportWriter().write(List.of(new ExportTable(table, columns, rows.get())), o)));
            case PDF -> {
                Report.Builder rep = Report.builder(title).subtitle(filtersLine(r)).footer(footer(labels, ruleBase, who, now))
                        .pageLabel(labels.get("label.page")).generatedAt(now.toInstant()).author(who.name());
                rep.paragraph(labels.get("disclaimer"));
                pdf.accept(rep);
                Report report = rep.build();
                files.add(write(bundle, base + ".pdf", ExportFormat.PDF, o -> new PdfReportRenderer().render(report, o)));
            }
            case ANNEX_VIII -> throw new IllegalStateException("checked before");
        }
    }

    private static String filtersLine(ExportRequest r) {
        return r.filters().isEmpty() ? null : r.filters().toString();
    }

    static String footer(ExportLabels labels, RuleBaseIdentity ruleBase, CallerIdentity who, OffsetDateTime now) {
        return labels.format("footer", ruleBase.version(), ruleBase.hash().substring(0, 16) + "…", now.withNano(0).toString(), who.name());
    }

    private Report dossierReport(ExportRequest r, ExportLabels labels, OrganizationInfo organization, AuditInfo audit,
                                 Supplier<Iterator<SystemDossier>> systems, Supplier<Iterator<FindingInfo>> allFindings, RuleBaseIdentity ruleBase,
                                 CallerIdentity who, OffsetDateTime now) {
        String title = labels.get(switch (r.scope()) {
            case AUDIT -> "report.audit";
            case ORGANIZATION -> "report.organization";
            default -> "report.system";
        });
        Report.Builder rep = Report.builder(title).subtitle(organization.name() + " · " + labels.get("label.asAt") + " " + r.asAt())
                .footer(footer(labels, ruleBase, who, now)).pageLabel(labels.get("label.page")).generatedAt(now.toInstant()).author(who.name());
        rep.paragraph(labels.get("disclaimer"));
        ExportReports reports = new ExportReports(labels);
        reports.organization(rep, organization);
        if (audit != null) {
            reports.audit(rep, audit);
            List<FindingInfo> orgWide = findings.ofAudit(audit.id()).stream().filter(f -> f.systemId() == null).toList();
            if (!orgWide.isEmpty()) {
                rep.subheading(labels.get("section.orgFindings"));
                reports.findings(rep, orgWide);
            }
        } else if (r.scope() == ExportScope.ORGANIZATION) {
            List<FindingInfo> orgWide = findings.organizationWide(organization.id(), null);
            if (!orgWide.isEmpty()) {
                rep.subheading(labels.get("section.orgFindings"));
                reports.findings(rep, orgWide);
            }
        }
        // one system's chapter at a time, built when the renderer reaches it
        rep.add(new ReportBlock.Sequence(java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(systems.get(),
                java.util.Spliterator.ORDERED), false).flatMap(d -> {
                    Report.Builder chapter = Report.builder(title).pageBreak();
                    reports.system(chapter, d, false);
                    return chapter.build().blocks().stream();
                }).iterator()));
        return rep.build();
    }

    private void pause() {
        try {
            Thread.sleep(pauseMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a file, read as a stream. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
