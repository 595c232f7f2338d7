package ma.mizan.exports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ma.mizan.exports.entity.BundleDescription;
import ma.mizan.exports.entity.ExportTable;
import ma.mizan.exports.entity.VerificationResult;

class ExportBundleTest {

    static KeyPair key;
    static KeyPair otherKey;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        key = generator.generateKeyPair();
        otherKey = generator.generateKeyPair();
    }

    static BundleDescription description() {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("kind", "register");
        scope.put("organization", "شركة الأطلس للتأمين");
        scope.put("filters", Map.of("riskLevel", "HIGH"));
        return new BundleDescription(scope, "0.1.0", "ab12cd34", "amina.benali", "SUPERVISOR",
                Instant.parse("2026-12-02T10:00:00Z"));
    }

    Path writeBundle() throws IOException {
        Path zip = dir.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            ExportBundle bundle = ExportBundle.writeTo(out);
            bundle.addFile("register.csv", CsvExportWriter.CONTENT_TYPE,
                    o -> new CsvExportWriter().write(TabularWritersTest.table(), o));
            try (OutputStream json = bundle.newFile("data/register.json", JsonExportWriter.CONTENT_TYPE)) {
                new JsonExportWriter().write(null, List.of(TabularWritersTest.table()), json);
            }
            bundle.finish(description(), key);
        }
        return zip;
    }

    @Test
    void aBundleAsWrittenVerifies() throws IOException {
        VerificationResult result = ExportVerifier.verify(writeBundle(), key.getPublic());
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.checks()).extracting(VerificationResult.Check::description)
                .anyMatch(d -> d.startsWith("register.csv: SHA-256 and size"))
                .anyMatch(d -> d.startsWith("data/register.json: SHA-256 and size"));
    }

    @Test
    void theManifestListsEveryFileWithHashSizeTypeAndTheCallersDescription() throws IOException {
        Path zip = writeBundle();
        Map<String, byte[]> entries = entries(zip);
        assertThat(entries.keySet()).containsExactly("register.csv", "data/register.json", "manifest.json",
                "manifest.sig", "SHA256SUMS");
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.path("bundleFormatVersion").asText()).isEqualTo("1");
        assertThat(manifest.at("/files/0/name").asText()).isEqualTo("register.csv");
        assertThat(manifest.at("/files/0/size").asLong()).isEqualTo(entries.get("register.csv").length);
        assertThat(manifest.at("/files/0/sha256").asText())
                .isEqualTo(java.util.HexFormat.of().formatHex(ExportBundle.sha256().digest(entries.get("register.csv"))));
        assertThat(manifest.at("/files/0/contentType").asText()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(manifest.at("/scope/organization").asText()).isEqualTo("شركة الأطلس للتأمين");
        assertThat(manifest.at("/scope/filters/riskLevel").asText()).isEqualTo("HIGH");
        assertThat(manifest.at("/ruleBase/version").asText()).isEqualTo("0.1.0");
        assertThat(manifest.at("/ruleBase/hash").asText()).isEqualTo("ab12cd34");
        assertThat(manifest.at("/generatedBy/user").asText()).isEqualTo("amina.benali");
        assertThat(manifest.at("/generatedBy/role").asText()).isEqualTo("SUPERVISOR");
        assertThat(manifest.at("/generatedAt").asText()).isEqualTo("2026-12-02T10:00:00Z");
        assertThat(manifest.at("/signature/algorithm").asText()).isEqualTo("Ed25519");
        assertThat(manifest.at("/signature/publicKeySha256").asText()).isEqualTo(ExportBundle.fingerprint(key.getPublic()))
                .hasSize(64);
        String sig = new String(entries.get("manifest.sig"), StandardCharsets.US_ASCII);
        assertThat(sig).endsWith("\n").doesNotContain("\r");
        assertThat(sig.strip()).doesNotContain("\n");
        assertThat(Base64.getDecoder().decode(sig.strip())).hasSize(64);
    }

    @Test
    void oneChangedByteInADataFileIsDetected() throws IOException {
        Path zip = rewrite(writeBundle(), (name, bytes) -> name.equals("register.csv") ? flip(bytes, 10) : bytes);
        VerificationResult result = ExportVerifier.verify(zip, key.getPublic());
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).singleElement().asString().startsWith("register.csv: SHA-256 is");
    }

    @Test
    void oneChangedByteInTheManifestBreaksTheSignature() throws IOException {
        Path zip = rewrite(writeBundle(), (name, bytes) -> name.equals("manifest.json")
                ? flip(bytes, new String(bytes, StandardCharsets.UTF_8).indexOf("amina")) : bytes);
        VerificationResult result = ExportVerifier.verify(zip, key.getPublic());
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).singleElement().asString().contains("signature of manifest.json does not match");
    }

    @Test
    void anotherKeyIsRefusedBothBySignatureAndByFingerprint() throws IOException {
        VerificationResult result = ExportVerifier.verify(writeBundle(), otherKey.getPublic());
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).hasSize(2)
                .anyMatch(p -> p.contains("signature of manifest.json does not match"))
                .anyMatch(p -> p.contains("the manifest names public key " + ExportBundle.fingerprint(key.getPublic())));
    }

    @Test
    void anAddedEntryIsDetected() throws IOException {
        Path zip = rewrite(writeBundle(), (name, bytes) -> bytes, "extra.txt");
        VerificationResult result = ExportVerifier.verify(zip, key.getPublic());
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).containsExactly("extra.txt is in the bundle but not in the manifest");
    }

    @Test
    void aRemovedFileIsDetected() throws IOException {
        Path zip = rewrite(writeBundle(), (name, bytes) -> name.equals("data/register.json") ? null : bytes);
        VerificationResult result = ExportVerifier.verify(zip, key.getPublic());
        assertThat(result.problems())
                .containsExactly("data/register.json is listed in the manifest but missing from the bundle");
    }

    @Test
    void aSecondEntryUnderTheSameNameIsDetected() throws IOException {
        // ZipOutputStream refuses a duplicate name, so the entry is added as register.cs_ and renamed in place
        Path zip = rewrite(writeBundle(), (name, bytes) -> bytes, "register.cs_");
        String raw = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
        Files.write(zip, raw.replace("register.cs_", "register.csv").getBytes(StandardCharsets.ISO_8859_1));
        VerificationResult result = ExportVerifier.verify(zip, key.getPublic());
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).contains("the bundle has two entries named register.csv");
    }

    @Test
    void aMissingSignatureIsDetected() throws IOException {
        Path zip = rewrite(writeBundle(), (name, bytes) -> name.equals("manifest.sig") ? null : bytes);
        assertThat(ExportVerifier.verify(zip, key.getPublic()).problems()).containsExactly("manifest.sig is present");
    }

    @Test
    void namesThatWouldEscapeTheFolderOrClashWithTheManifestAreRefused() {
        ExportBundle bundle = ExportBundle.writeTo(OutputStream.nullOutputStream());
        for (String bad : List.of("../evil.csv", "/etc/passwd", "a//b", "manifest.json", "SHA256SUMS", "a\nb",
                "c:\\x", "")) {
            assertThatThrownBy(() -> bundle.newFile(bad, "text/plain")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFileMustBeClosedBeforeTheNextAndBeforeFinishing() throws IOException {
        ExportBundle bundle = ExportBundle.writeTo(OutputStream.nullOutputStream());
        bundle.newFile("a.csv", "text/csv").write(1);
        assertThatThrownBy(() -> bundle.newFile("b.csv", "text/csv")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> bundle.finish(description(), key)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sha256sumChecksTheUnzippedFiles() throws IOException, InterruptedException {
        Path unzipped = dir.resolve("unzipped");
        for (Map.Entry<String, byte[]> e : entries(writeBundle()).entrySet()) {
            Path target = unzipped.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
        ProcessResult check = run(unzipped, "sha256sum", "-c", "SHA256SUMS");
        assumeTrue(check != null, "sha256sum is not installed");
        assertThat(check.output).contains("register.csv: OK", "data/register.json: OK");
        assertThat(check.exit).isZero();

        Files.write(unzipped.resolve("register.csv"), "tampered".getBytes(StandardCharsets.UTF_8));
        assertThat(run(unzipped, "sha256sum", "-c", "SHA256SUMS").exit).isNotZero();
    }

    @Test
    void opensslAcceptsTheSignatureWithThePemKey() throws IOException, InterruptedException {
        Map<String, byte[]> entries = entries(writeBundle());
        Files.write(dir.resolve("manifest.json"), entries.get("manifest.json"));
        Files.write(dir.resolve("sig.bin"), Base64.getDecoder().decode(
                new String(entries.get("manifest.sig"), StandardCharsets.US_ASCII).strip()));
        Files.writeString(dir.resolve("key.pem"), PublicKeyPem.encode(key.getPublic()));
        Files.writeString(dir.resolve("other.pem"), PublicKeyPem.encode(otherKey.getPublic()));

        ProcessResult accepted = run(dir, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "key.pem", "-rawin",
                "-in", "manifest.json", "-sigfile", "sig.bin");
        assumeTrue(accepted != null, "openssl is not installed");
        assertThat(accepted.output).contains("Signature Verified Successfully");
        assertThat(accepted.exit).isZero();
        ProcessResult refused = run(dir, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "other.pem", "-rawin",
                "-in", "manifest.json", "-sigfile", "sig.bin");
        assertThat(refused.exit).isNotZero();
    }

    @Test
    void thePemKeyReadsBackAsTheSameKey() throws GeneralSecurityException {
        String pem = PublicKeyPem.encode(key.getPublic());
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(PublicKeyPem.decode(pem).getEncoded()).isEqualTo(key.getPublic().getEncoded());
        assertThatThrownBy(() -> PublicKeyPem.decode("not a key")).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void theCommandLineExitsZeroForValidOneForInvalidTwoForUsage() throws IOException {
        Path zip = writeBundle();
        Path pem = dir.resolve("key.pem");
        Files.writeString(pem, PublicKeyPem.encode(key.getPublic()));
        Path otherPem = dir.resolve("other.pem");
        Files.writeString(otherPem, PublicKeyPem.encode(otherKey.getPublic()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(ExportVerifier.run(new String[] {zip.toString(), pem.toString()}, o, e)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK    register.csv: SHA-256 and size", "VALID");
        out.reset();
        assertThat(ExportVerifier.run(new String[] {zip.toString(), otherPem.toString()}, o, e)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAIL  the signature", "INVALID: 2 problem(s)");
        assertThat(ExportVerifier.run(new String[] {zip.toString()}, o, e)).isEqualTo(2);
        assertThat(ExportVerifier.run(new String[] {dir.resolve("absent.zip").toString(), pem.toString()}, o, e))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: VerifyExport <bundle.zip> <public-key.pem>");
    }

    // ---- helpers: tampering with a bundle the way an attacker with a ZIP tool would

    interface EntryChange {
        byte[] apply(String name, byte[] bytes);
    }

    static byte[] flip(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Rewrites the ZIP with each entry changed (null drops it), then appends the extra entries. */
    Path rewrite(Path zip, EntryChange change, String... extra) throws IOException {
        Path copy = dir.resolve("tampered.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries(zip).entrySet()) {
                byte[] bytes = change.apply(e.getKey(), e.getValue());
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            for (String name : extra) {
                out.putNextEntry(new ZipEntry(name));
                out.write("added later".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return copy;
    }

    record ProcessResult(int exit, String output) {
    }

    /** Runs a command, or returns null when it is not installed. */
    static ProcessResult run(Path workDir, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new ProcessResult(process.exitValue(), output);
    }
}
