package ma.mizan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import ma.mizan.exports.control.ExportVerifier;
import ma.mizan.exports.entity.VerificationResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports over HTTP: every format parsed back and compared with what the API says of the same records,
 * Arabic text intact (CSV, XLSX, JSON, and the PDF's extracted text), the bundle's signature verified with
 * the published key and broken by one changed byte, Annex VIII for a system to register, the regulator's
 * register and queue, background jobs, the audit trail, and who may export what.
 */
class ExportsIT extends MizanIT {

    static final String ARABIC = "شركة الأطلس للتأمين";
    static final String ORG_NAME = "Atlas Assurance — " + ARABIC;

    @TempDir
    Path work;

    private String org;
    private String system;
    private Api owner;
    private Api auditor;
    private Api regulator;
    private String auditId;
    private String evidenceSha;

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void records() {
        Api.Reply o = api.post("api/v1/organizations", """
                {"name": "%s", "legalForm": "SA", "ice": "%s", "city": "Casablanca", "sector": "Insurance", "contactEmail": "dpo@atlas.ma"}"""
                .formatted(ORG_NAME, freshIce()));
        assertThat(o.status()).as(o.toString()).isEqualTo(201);
        org = o.json().get("id").asText();
        owner = as(org);
        system = owner.post("api/v1/systems", """
                {"organizationId": %s, "name": "Score de crédit, \\"v3\\"", "intendedPurpose": "Évaluer la solvabilité — تقييم الملاءة",
                 "lifecycle": "IN_SERVICE", "profile": {"role": "PROVIDER", "useAreas": ["CREDITWORTHINESS"],
                 "personalData": {"processed": true, "categories": ["FINANCIAL"], "legalBasis": "CONTRACT"}}}""".formatted(org))
                .json().get("id").asText();
        assertThat(owner.post("api/v1/systems/" + system + "/assessments", null).status()).isEqualTo(201);
        JsonNode obligations = owner.get("api/v1/systems/" + system + "/obligations").json();
        JsonNode first = obligations.get(0);
        String tracking = first.get("id").asText();
        Api.Reply one = owner.get("api/v1/systems/" + system + "/obligations/" + tracking);
        Api.Reply met = owner.put("api/v1/systems/" + system + "/obligations/" + tracking,
                "{\"status\": \"MET\", \"owner\": \"Salma — سلمى\", \"notes\": \"Policy adopted, see file\"}", "If-Match", one.header("ETag"));
        assertThat(met.status()).as(met.toString()).isEqualTo(200);
        Api.Bytes uploaded = owner.exchange("POST", "api/v1/systems/" + system + "/obligations/" + tracking + "/evidence?name=policy.pdf", PDF,
                "Content-Type", "application/octet-stream");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        evidenceSha = parse(uploaded.body()).get("sha256").asText();

        auditor = user("AUDITOR", null);
        String auditorName = auditor.get("api/v1/auth/me").json().get("name").asText();
        long auditorId = 0;
        for (JsonNode u : api.get("api/v1/users").json()) {
            if (u.get("username").asText().equals(auditorName)) {
                auditorId = u.get("id").asLong();
            }
        }
        assertThat(api.post("api/v1/auditor-assignments", """
                {"userId": %d, "organizationId": %s, "validFrom": "2000-01-01", "validTo": "2999-12-31"}""".formatted(auditorId, org)).status())
                .isEqualTo(201);
        Api.Reply audit = auditor.post("api/v1/audits", """
                {"organizationId": %s, "systemId": %s, "title": "Annual audit 2026"}""".formatted(org, system));
        assertThat(audit.status()).as(audit.toString()).isEqualTo(201);
        auditId = audit.json().get("id").asText();
        Api.Reply finding = auditor.post("api/v1/audits/" + auditId + "/findings", """
                {"severity": "HIGH", "systemId": %s, "trackingId": %s, "description": "The policy is not signed — السياسة غير موقعة",
                 "evidenceReviewed": "policy.pdf"}""".formatted(system, tracking));
        assertThat(finding.status()).as(finding.toString()).isEqualTo(201);
        regulator = user("REGULATOR", null);
    }

    private static JsonNode parse(byte[] json) {
        try {
            return Api.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(new String(json, StandardCharsets.UTF_8), e);
        }
    }

    private PublicKey publicKey() throws Exception {
        Api.Reply pem = anonymous.get("api/v1/exports/public-key");
        assertThat(pem.status()).isEqualTo(200);
        assertThat(pem.body()).startsWith("-----BEGIN PUBLIC KEY-----");
        String b64 = pem.body().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
    }

    /** Downloads a bundle, checks its signature with the published key, and returns its entries by name. */
    private Map<String, byte[]> bundle(Api who, String path) throws Exception {
        Api.Bytes r = who.exchange("GET", path, null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/zip");
        Path file = Files.write(work.resolve("b" + System.nanoTime() + ".zip"), r.body());
        VerificationResult verified = ExportVerifier.verify(file, publicKey());
        assertThat(verified.valid()).as(path + ": " + verified.problems()).isTrue();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsKeys("manifest.json", "manifest.sig", "SHA256SUMS");
        return entries;
    }

    private static byte[] entry(Map<String, byte[]> entries, String suffix) {
        return entries.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + suffix + " in " + entries.keySet()));
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        assertThat(bytes[0] & 0xff).as("UTF-8 byte-order mark").isEqualTo(0xEF);
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))) {
            return p.getRecords();
        }
    }

    private Set<String> obligationCodes() {
        Set<String> codes = new HashSet<>();
        owner.get("api/v1/systems/" + system + "/obligations").json().forEach(o -> codes.add(o.get("code").asText() + "/" + o.get("status").asText()));
        return codes;
    }

    @Test
    void aSystemsCsvExportReadsBackAsTheRecordsWithArabicIntact() throws Exception {
        Map<String, byte[]> b = bundle(owner, "api/v1/exports/systems/" + system + "?format=csv");
        List<CSVRecord> systems = csv(entry(b, "-systems.csv"));
        assertThat(systems).hasSize(1);
        JsonNode latest = owner.get("api/v1/systems/" + system + "/assessments").json().at("/items/0");
        assertThat(systems.get(0).get("name")).isEqualTo("Score de crédit, \"v3\"");
        assertThat(systems.get(0).get("organization")).isEqualTo(ORG_NAME);
        assertThat(systems.get(0).get("intendedPurpose")).isEqualTo("Évaluer la solvabilité — تقييم الملاءة");
        assertThat(systems.get(0).get("riskLevel")).isEqualTo(latest.at("/result/riskLevel").asText()).isEqualTo("HIGH");
        assertThat(systems.get(0).get("ruleBaseHash")).isEqualTo(latest.at("/result/ruleBase/hash").asText());
        Set<String> exported = new HashSet<>();
        for (CSVRecord o : csv(entry(b, "-obligations.csv"))) {
            exported.add(o.get("code") + "/" + o.get("status"));
        }
        assertThat(exported).isEqualTo(obligationCodes());
        List<CSVRecord> evidence = csv(entry(b, "-evidence.csv"));
        assertThat(evidence).extracting(e -> e.get("sha256")).containsExactly(evidenceSha);
        assertThat(evidence.get(0).get("contentType")).isEqualTo("application/pdf");
        List<CSVRecord> findings = csv(entry(b, "-findings.csv"));
        assertThat(findings).extracting(f -> f.get("description")).containsExactly("The policy is not signed — السياسة غير موقعة");
        assertThat(csv(entry(b, "-classification.csv"))).isNotEmpty().allSatisfy(t -> assertThat(t.get("legalRefs")).isNotBlank());
        JsonNode manifest = parse(b.get("manifest.json"));
        assertThat(manifest.toString()).contains(latest.at("/result/ruleBase/hash").asText());
        assertThat(new String(b.get("SHA256SUMS"), StandardCharsets.UTF_8)).contains("-obligations.csv");
        String reference = manifest.at("/scope/reference").asText();
        assertThat(reference).startsWith("download-");
        JsonNode trail = owner.get("api/v1/audit?entityType=export&entityId=" + reference).json();
        assertThat(trail.toString()).as("the bundle's own entry in the audit trail").contains("export.created").contains(reference)
                .contains(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b.get("manifest.json"))));
    }

    @Test
    void jsonAndXlsxExportsReadBackAsTheRecords() throws Exception {
        JsonNode json = parse(entry(bundle(owner, "api/v1/exports/systems/" + system + "?format=json"), ".json"));
        Set<String> exported = new HashSet<>();
        json.at("/tables/obligations").forEach(o -> exported.add(o.get("code").asText() + "/" + o.get("status").asText()));
        assertThat(exported).isEqualTo(obligationCodes());
        assertThat(json.at("/tables/systems/0/organization").asText()).isEqualTo(ORG_NAME);
        assertThat(json.at("/tables/evidence/0/sha256").asText()).isEqualTo(evidenceSha);

        byte[] xlsx = entry(bundle(owner, "api/v1/exports/systems/" + system + "?format=xlsx"), ".xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.findSheet("obligations").orElseThrow();
            List<Row> rows = sheet.read();
            List<String> header = new ArrayList<>();
            rows.get(0).forEach(c -> header.add(c.getText()));
            int code = header.indexOf("code");
            int status = header.indexOf("status");
            Set<String> fromSheet = new HashSet<>();
            for (Row row : rows.subList(1, rows.size())) {
                fromSheet.add(row.getCellText(code) + "/" + row.getCellText(status));
            }
            assertThat(fromSheet).isEqualTo(obligationCodes());
            List<Row> systems = wb.findSheet("systems").orElseThrow().read();
            List<String> sysHeader = new ArrayList<>();
            systems.get(0).forEach(c -> sysHeader.add(c.getText()));
            assertThat(systems.get(1).getCellText(sysHeader.indexOf("organization"))).isEqualTo(ORG_NAME);
        }
    }

    @Test
    void thePdfReportCarriesTheClassificationObligationsFindingsAndArabicText() throws Exception {
        byte[] pdf = entry(bundle(owner, "api/v1/exports/systems/" + system + "?format=pdf&lang=fr"), ".pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
        }
        JsonNode latest = owner.get("api/v1/systems/" + system + "/assessments").json().at("/items/0/result");
        assertThat(text).contains("Rapport sur le système d'IA").contains("Score de crédit").contains("HIGH").contains("REGISTRATION")
                .contains(latest.at("/ruleBase/version").asText()).contains(latest.at("/ruleBase/hash").asText().substring(0, 16))
                .contains("ma-ai-draft/").contains("policy.pdf").contains("Atlas Assurance");
        assertThat(text).as("Arabic organization name, shaped and read back").contains(ARABIC);
    }

    @Test
    void aChangedByteBreaksTheBundlesVerification() throws Exception {
        Api.Bytes r = owner.exchange("GET", "api/v1/exports/systems/" + system + "?format=csv", null);
        ByteArrayOutputStream tampered = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.body())); ZipOutputStream out = new ZipOutputStream(tampered)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().endsWith("-obligations.csv")) {
                    content[content.length / 2] ^= 1;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Path file = Files.write(work.resolve("tampered.zip"), tampered.toByteArray());
        VerificationResult verified = ExportVerifier.verify(file, publicKey());
        assertThat(verified.valid()).isFalse();
        assertThat(verified.problems().toString()).contains("-obligations.csv");
    }

    @Test
    void annexViiiIsExportedForASystemToRegisterAndRefusedForOneThatNeedNot() throws Exception {
        JsonNode annex = parse(entry(bundle(owner, "api/v1/exports/systems/" + system + "?format=annex-viii"), ".json"));
        assertThat(annex.toString()).contains("Score de crédit").contains(ORG_NAME.replace("\"", ""));
        String low = owner.post("api/v1/systems", """
                {"organizationId": %s, "name": "Spell checker", "intendedPurpose": "p", "lifecycle": "IN_SERVICE",
                 "profile": {"role": "DEPLOYER"}}""".formatted(org)).json().get("id").asText();
        owner.post("api/v1/systems/" + low + "/assessments", null);
        Api.Bytes refused = owner.exchange("GET", "api/v1/exports/systems/" + low + "?format=annex-viii", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anOrganizationAndAnAuditAreExportedByThoseWhoMayReadThem() throws Exception {
        Map<String, byte[]> orgBundle = bundle(owner, "api/v1/exports/organizations/" + org + "?format=csv");
        assertThat(csv(entry(orgBundle, "-systems.csv"))).extracting(s -> s.get("systemId")).contains(system);
        Map<String, byte[]> auditBundle = bundle(auditor, "api/v1/exports/audits/" + auditId + "?format=csv");
        assertThat(csv(entry(auditBundle, "-audit.csv"))).extracting(a -> a.get("title")).containsExactly("Annual audit 2026");
        assertThat(csv(entry(auditBundle, "-findings.csv"))).hasSize(1);
        byte[] pdf = entry(bundle(auditor, "api/v1/exports/audits/" + auditId + "?format=pdf&lang=en"), ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertThat(text).contains("Audit report").contains("Annual audit 2026").contains("The policy is not signed");
        }
        String other = organization(false);
        assertThat(as(other).exchange("GET", "api/v1/exports/organizations/" + org + "?format=csv", null).status()).isEqualTo(404);
        assertThat(as(other).exchange("GET", "api/v1/exports/systems/" + system + "?format=csv", null).status()).isEqualTo(404);
        assertThat(as(other).exchange("GET", "api/v1/exports/audits/" + auditId + "?format=csv", null).status()).isEqualTo(404);
        assertThat(anonymous.exchange("GET", "api/v1/exports/systems/" + system + "?format=csv", null).status()).isEqualTo(401);
        assertThat(owner.exchange("GET", "api/v1/exports/register?format=csv", null).status()).isEqualTo(403);
        assertThat(auditor.exchange("GET", "api/v1/exports/review-queue?format=csv", null).status()).isEqualTo(403);
        Api.Bytes bad = owner.exchange("GET", "api/v1/exports/systems/" + system + "?format=docx", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("?format");
    }

    @Test
    void theRegulatorExportsTheRegisterAndTheQueueAndEveryExportIsAudited() throws Exception {
        assertThat(owner.post("api/v1/systems/" + system + "/review/submit", null).status()).isEqualTo(200);
        List<CSVRecord> queue = csv(entry(bundle(regulator, "api/v1/exports/review-queue?format=csv&status=SUBMITTED"), ".csv"));
        assertThat(queue).extracting(q -> q.get("systemId")).contains(system);
        assertThat(queue).allSatisfy(q -> assertThat(q.get("registrationStatus")).isEqualTo("SUBMITTED"));
        regulator.post("api/v1/systems/" + system + "/review/take", null);
        String number = regulator.post("api/v1/systems/" + system + "/review/register", null).json().get("registrationNumber").asText();
        List<CSVRecord> register = csv(entry(bundle(regulator, "api/v1/exports/register?format=csv&riskLevel=HIGH"), ".csv"));
        CSVRecord mine = register.stream().filter(r -> r.get("registrationNumber").equals(number)).findFirst().orElseThrow();
        assertThat(mine.get("organization")).isEqualTo(ORG_NAME);
        assertThat(register).allSatisfy(r -> assertThat(r.get("riskLevel")).isEqualTo("HIGH"));
        Api.Bytes badFilter = regulator.exchange("GET", "api/v1/exports/register?format=csv&riskLevel=SEVERE", null);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.text()).contains("?riskLevel");

        JsonNode audit = regulator.get("api/v1/audit?entityType=export&size=100").json();
        assertThat(audit.toString()).contains("export.created").contains("REGISTER").contains("REVIEW_QUEUE");
    }

    @Test
    void aBackgroundExportReportsProgressAndItsBundleVerifies() throws Exception {
        Api.Reply submitted = owner.post("api/v1/exports/jobs", "{\"scope\": \"ORGANIZATION\", \"targetId\": " + org + ", \"format\": \"XLSX\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String location = submitted.header("Location");
        assertThat(location).endsWith("/exports/jobs/" + submitted.json().get("id").asText());
        JsonNode job = submitted.json();
        Instant deadline = Instant.now().plusSeconds(60);
        while (!job.get("status").asText().equals("DONE") && !job.get("status").asText().equals("FAILED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            job = owner.get(location).json();
        }
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("itemsDone").asLong()).isEqualTo(job.get("itemsTotal").asLong()).isPositive();
        Map<String, byte[]> b = bundle(owner, job.get("download").asText().replaceFirst("^/", ""));
        assertThat(b.keySet()).anyMatch(n -> n.endsWith(".xlsx"));
        assertThat(as(organization(false)).get(location).status()).as("a job is its requester's").isEqualTo(404);
        Api.Reply wrong = owner.post("api/v1/exports/jobs", "{\"scope\": \"REGISTER\", \"format\": \"CSV\"}");
        assertThat(wrong.status()).isEqualTo(403);
        Api.Reply invalid = owner.post("api/v1/exports/jobs", "{\"scope\": \"SYSTEM\", \"format\": \"CSV\", \"colour\": 1}");
        assertThat(invalid.status()).isEqualTo(400);
    }
}
