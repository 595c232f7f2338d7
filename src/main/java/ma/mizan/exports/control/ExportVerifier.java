package ma.mizan.exports.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ma.mizan.exports.entity.VerificationResult;
import ma.mizan.exports.entity.VerificationResult.Check;

/**
 * Checks a bundle written by {@link ExportBundle}: the signature of manifest.json under the given key, that the
 * manifest names that key, and that every entry of the ZIP is exactly what the manifest lists, no more, no less.
 *
 * <p>The ZIP is read once, entry by entry, hashing as it goes; only the three small manifest files are kept in
 * memory. Reading the local entries in order (rather than the central directory) also means that two entries under
 * one name, which different unzip tools would resolve differently, are seen and refused.
 *
 * <p>From a shell: {@code java -cp mizan.jar ma.mizan.exports.control.ExportVerifier bundle.zip public-key.pem}.
 */
public final class ExportVerifier {

    /** A manifest of this size lists some hundred thousand files; anything larger is not ours. */
    private static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExportVerifier() {
    }

    /** Verifies a bundle on disk. An unreadable or malformed file is reported as a failed check, not thrown. */
    public static VerificationResult verify(Path zip, PublicKey key) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(zip))) {
            return verify(in, key);
        }
    }

    /** Verifies a bundle read from a stream, which is read to its end but not closed. */
    public static VerificationResult verify(InputStream bundle, PublicKey key) throws IOException {
        List<Check> checks = new ArrayList<>();
        Map<String, Digest> entries = new LinkedHashMap<>();
        Map<String, byte[]> own = new LinkedHashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        try {
            read(bundle, entries, own, duplicates);
        } catch (java.util.zip.ZipException e) {
            checks.add(new Check("the bundle is a readable ZIP file (" + e.getMessage() + ")", false));
            return new VerificationResult(checks);
        }
        for (String name : duplicates) {
            checks.add(new Check("the bundle has two entries named " + name, false));
        }

        byte[] manifestBytes = own.get(ExportBundle.MANIFEST);
        byte[] signatureText = own.get(ExportBundle.SIGNATURE);
        if (manifestBytes == null) {
            checks.add(new Check(ExportBundle.MANIFEST + " is present", false));
            return new VerificationResult(checks);
        }
        checks.add(signatureCheck(manifestBytes, signatureText, key));

        JsonNode manifest;
        try {
            manifest = MAPPER.readTree(manifestBytes);
        } catch (IOException e) {
            checks.add(new Check(ExportBundle.MANIFEST + " is well-formed JSON", false));
            return new VerificationResult(checks);
        }
        String version = manifest.path("bundleFormatVersion").asText("");
        checks.add(new Check("bundle format version is " + ExportBundle.FORMAT_VERSION
                + (version.equals(ExportBundle.FORMAT_VERSION) ? "" : " (found \"" + version + "\")"),
                version.equals(ExportBundle.FORMAT_VERSION)));
        String declared = manifest.path("signature").path("publicKeySha256").asText("");
        String actual = ExportBundle.fingerprint(key);
        checks.add(new Check(declared.equals(actual)
                ? "the manifest names this public key (SHA-256 " + actual + ")"
                : "the manifest names public key " + (declared.isEmpty() ? "(none)" : declared)
                        + ", not the key given (" + actual + ")", declared.equals(actual)));

        Map<String, JsonNode> listed = new LinkedHashMap<>();
        for (JsonNode file : manifest.path("files")) {
            listed.put(file.path("name").asText(), file);
        }
        if (listed.isEmpty()) {
            checks.add(new Check("the manifest lists at least one file", false));
        }
        for (Map.Entry<String, JsonNode> e : listed.entrySet()) {
            checks.add(fileCheck(e.getKey(), e.getValue(), entries.get(e.getKey())));
        }
        for (String name : entries.keySet()) {
            if (!listed.containsKey(name)) {
                checks.add(new Check(name + " is in the bundle but not in the manifest", false));
            }
        }
        checks.add(checksumsCheck(own.get(ExportBundle.CHECKSUMS), listed));
        return new VerificationResult(checks);
    }

    private static void read(InputStream bundle, Map<String, Digest> entries, Map<String, byte[]> own,
                             Set<String> duplicates) throws IOException {
        ZipInputStream zip = new ZipInputStream(bundle, StandardCharsets.UTF_8);
        Set<String> seen = new LinkedHashSet<>();
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String name = entry.getName();
            if (!seen.add(name)) {
                duplicates.add(name);
            }
            if (entry.isDirectory()) {
                continue;
            }
            boolean isOwn = name.equals(ExportBundle.MANIFEST) || name.equals(ExportBundle.SIGNATURE)
                    || name.equals(ExportBundle.CHECKSUMS);
            MessageDigest digest = ExportBundle.sha256();
            ByteArrayOutputStream kept = isOwn ? new ByteArrayOutputStream() : null;
            long size = 0;
            for (int n; (n = zip.read(buffer)) > 0; ) {
                size += n;
                if (kept != null) {
                    if (size > MAX_MANIFEST_BYTES) {
                        throw new java.util.zip.ZipException(name + " is larger than any manifest Mizan writes");
                    }
                    kept.write(buffer, 0, n);
                } else {
                    digest.update(buffer, 0, n);
                }
            }
            if (kept != null) {
                own.put(name, kept.toByteArray());
            } else {
                entries.put(name, new Digest(HEX.formatHex(digest.digest()), size));
            }
        }
    }

    private static Check signatureCheck(byte[] manifest, byte[] signatureText, PublicKey key) {
        if (signatureText == null) {
            return new Check(ExportBundle.SIGNATURE + " is present", false);
        }
        try {
            byte[] signature = Base64.getDecoder().decode(new String(signatureText, StandardCharsets.US_ASCII).strip());
            Signature verifier = Signature.getInstance(ExportBundle.SIGNATURE_ALGORITHM);
            verifier.initVerify(key);
            verifier.update(manifest);
            boolean ok = verifier.verify(signature);
            return new Check(ok ? "the signature of manifest.json is valid for this key"
                    : "the signature of manifest.json does not match (the manifest was changed, or another key "
                            + "signed it)", ok);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return new Check("the signature of manifest.json is readable (" + e.getMessage() + ")", false);
        }
    }

    private static Check fileCheck(String name, JsonNode listed, Digest found) {
        if (found == null) {
            return new Check(name + " is listed in the manifest but missing from the bundle", false);
        }
        String sha256 = listed.path("sha256").asText("");
        long size = listed.path("size").asLong(-1);
        if (!found.sha256.equals(sha256)) {
            return new Check(name + ": SHA-256 is " + found.sha256 + ", the manifest says " + sha256, false);
        }
        if (found.size != size) {
            return new Check(name + ": size is " + found.size + " bytes, the manifest says " + size, false);
        }
        return new Check(name + ": SHA-256 and size (" + size + " bytes) match the manifest", true);
    }

    /** SHA256SUMS is not signed; it must agree with the signed manifest, or someone checking with it is misled. */
    private static Check checksumsCheck(byte[] checksums, Map<String, JsonNode> listed) {
        if (checksums == null) {
            return new Check(ExportBundle.CHECKSUMS + " is present", false);
        }
        StringBuilder expected = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : listed.entrySet()) {
            expected.append(e.getValue().path("sha256").asText()).append("  ").append(e.getKey()).append('\n');
        }
        boolean ok = expected.toString().equals(new String(checksums, StandardCharsets.UTF_8));
        return new Check(ok ? ExportBundle.CHECKSUMS + " agrees with the manifest"
                : ExportBundle.CHECKSUMS + " does not agree with the manifest", ok);
    }

    private record Digest(String sha256, long size) {
    }

    /**
     * {@code VerifyExport <bundle.zip> <public-key.pem>}: prints each check, then exits 0 when the bundle is valid,
     * 1 when it is not, 2 on wrong usage or when a file cannot be read.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: VerifyExport <bundle.zip> <public-key.pem>");
            return 2;
        }
        PublicKey key;
        try {
            key = PublicKeyPem.decode(Files.readString(Path.of(args[1]), StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException e) {
            err.println("cannot read the public key " + args[1] + ": " + e.getMessage());
            return 2;
        }
        VerificationResult result;
        try {
            result = verify(Path.of(args[0]), key);
        } catch (IOException e) {
            err.println("cannot read the bundle " + args[0] + ": " + e.getMessage());
            return 2;
        }
        for (Check check : result.checks()) {
            out.println((check.passed() ? "OK    " : "FAIL  ") + check.description());
        }
        out.println(result.valid() ? "VALID: the bundle is complete, unchanged and signed by this key"
                : "INVALID: " + result.problems().size() + " problem(s)");
        return result.valid() ? 0 : 1;
    }
}
