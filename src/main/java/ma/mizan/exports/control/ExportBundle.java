package ma.mizan.exports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ma.mizan.exports.entity.BundleDescription;
import ma.mizan.exports.entity.BundleFile;

/**
 * An export delivered as one ZIP, written in a single pass to the caller's stream: the data files, then
 * {@code manifest.json} listing each file with its SHA-256 and size, {@code manifest.sig} (the Ed25519 signature of
 * the exact manifest bytes, base64 on one line) and {@code SHA256SUMS} (so that {@code sha256sum -c SHA256SUMS}
 * checks the unzipped files without Mizan).
 *
 * <p>Each file is written through a stream that hashes and counts the bytes as they pass, so nothing is held or read
 * twice. Usage:
 * <pre>{@code
 * ExportBundle bundle = ExportBundle.writeTo(response);
 * bundle.addFile("register.csv", CsvExportWriter.CONTENT_TYPE, out -> csv.write(table, out));
 * bundle.finish(description, instanceKeyPair);   // the response stream stays open
 * }</pre>
 * Not thread-safe; one file is written at a time.
 */
public final class ExportBundle {

    public static final String FORMAT_VERSION = "1";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String CHECKSUMS = "SHA256SUMS";
    public static final String SIGNATURE_ALGORITHM = "Ed25519";
    public static final String CONTENT_TYPE = "application/zip";

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private final ZipOutputStream zip;
    private final List<BundleFile> files = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private EntryStream open;
    private boolean finished;

    private ExportBundle(OutputStream out) {
        this.zip = new ZipOutputStream(new UnclosableOutputStream(out), StandardCharsets.UTF_8);
    }

    /** Starts a bundle on {@code out}, which is never closed by the bundle. */
    public static ExportBundle writeTo(OutputStream out) {
        return new ExportBundle(out);
    }

    /** Writes a file's content into a stream it must not close (the bundle does that). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Adds a file whose content {@code content} writes, and returns what the manifest will say of it. */
    public BundleFile addFile(String name, String contentType, Content content) throws IOException {
        OutputStream out = newFile(name, contentType);
        content.writeTo(new UnclosableOutputStream(out));
        out.close();
        return files.get(files.size() - 1);
    }

    /**
     * Opens the next file; write its bytes and close the returned stream (closing ends the ZIP entry, not the bundle)
     * before opening another or finishing.
     *
     * @param name a relative path with forward slashes, e.g. {@code "reports/system-42.pdf"}
     */
    public OutputStream newFile(String name, String contentType) throws IOException {
        ensureWritable();
        if (open != null) {
            throw new IllegalStateException("close " + open.name + " before adding " + name);
        }
        checkName(name);
        if (!names.add(name)) {
            throw new IllegalArgumentException("the bundle already has a file named " + name);
        }
        zip.putNextEntry(new ZipEntry(name));
        open = new EntryStream(name, contentType == null ? "application/octet-stream" : contentType);
        return open;
    }

    /** The files added so far, in order. */
    public List<BundleFile> files() {
        return List.copyOf(files);
    }

    /**
     * Writes the manifest, its signature and the checksum list, and ends the ZIP. The caller's stream is flushed but
     * stays open.
     *
     * @param key the instance's Ed25519 key pair; the private key signs, the public key's fingerprint goes into the
     *            manifest so that a verifier can tell which key to use
     * @return the exact bytes of manifest.json, as signed
     */
    public byte[] finish(BundleDescription description, KeyPair key) throws IOException {
        ensureWritable();
        if (open != null) {
            throw new IllegalStateException("close " + open.name + " before finishing the bundle");
        }
        byte[] manifest = manifest(description, key.getPublic());
        byte[] signature;
        try {
            Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
            signer.initSign(key.getPrivate());
            signer.update(manifest);
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the bundle is signed with an Ed25519 key: " + e.getMessage(), e);
        }
        writeEntry(MANIFEST, manifest);
        writeEntry(SIGNATURE, (Base64.getEncoder().encodeToString(signature) + "\n").getBytes(StandardCharsets.US_ASCII));
        writeEntry(CHECKSUMS, checksums());
        zip.finish();
        zip.flush();
        finished = true;
        return manifest;
    }

    private byte[] manifest(BundleDescription description, PublicKey publicKey) throws IOException {
        Map<String, Object> generatedBy = new LinkedHashMap<>();
        generatedBy.put("user", description.generatedByUser());
        generatedBy.put("role", description.generatedByRole());
        Map<String, Object> ruleBase = new LinkedHashMap<>();
        ruleBase.put("version", description.ruleBaseVersion());
        ruleBase.put("hash", description.ruleBaseHash());
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put("algorithm", SIGNATURE_ALGORITHM);
        signature.put("publicKeySha256", fingerprint(publicKey));
        signature.put("file", SIGNATURE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("bundleFormatVersion", FORMAT_VERSION);
            json.writeFieldName("generatedAt");
            JsonExportWriter.writeValue(json, description.generatedAt());
            json.writeFieldName("generatedBy");
            JsonExportWriter.writeValue(json, generatedBy);
            json.writeFieldName("ruleBase");
            JsonExportWriter.writeValue(json, ruleBase);
            json.writeFieldName("scope");
            JsonExportWriter.writeValue(json, description.scope());
            json.writeArrayFieldStart("files");
            for (BundleFile f : files) {
                json.writeStartObject();
                json.writeStringField("name", f.name());
                json.writeStringField("sha256", f.sha256());
                json.writeNumberField("size", f.size());
                json.writeStringField("contentType", f.contentType());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("signature");
            JsonExportWriter.writeValue(json, signature);
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** GNU coreutils format: hash, two spaces (text mode, which sha256sum reads like binary on Unix), name. */
    private byte[] checksums() {
        StringBuilder sb = new StringBuilder();
        for (BundleFile f : files) {
            sb.append(f.sha256()).append("  ").append(f.name()).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void writeEntry(String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private void ensureWritable() {
        if (finished) {
            throw new IllegalStateException("the bundle is finished");
        }
    }

    /**
     * Refuses names that would escape the folder on unzip, clash with the manifest files, or break a line of
     * SHA256SUMS (sha256sum escapes backslashes and newlines, which would then no longer match the manifest).
     */
    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.endsWith("/")) {
            throw new IllegalArgumentException("a bundle file needs a relative name: " + name);
        }
        if (name.equals(MANIFEST) || name.equals(SIGNATURE) || name.equals(CHECKSUMS)) {
            throw new IllegalArgumentException(name + " is reserved for the bundle itself");
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("a bundle file name may not contain empty, . or .. parts: " + name);
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\\' || c == ':') {
                throw new IllegalArgumentException("a bundle file name may not contain control characters, "
                        + "backslashes or colons: " + name);
            }
        }
    }

    /** Lower-case hexadecimal SHA-256 of the key's X.509 (SubjectPublicKeyInfo) DER encoding. */
    public static String fingerprint(PublicKey key) {
        return HEX.formatHex(sha256().digest(key.getEncoded()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Passes bytes into the ZIP entry while hashing and counting them. */
    private final class EntryStream extends OutputStream {
        private final String name;
        private final String contentType;
        private final MessageDigest digest = sha256();
        private long size;
        private boolean closed;

        EntryStream(String name, String contentType) {
            this.name = name;
            this.contentType = contentType;
        }

        @Override
        public void write(int b) throws IOException {
            ensureOpen();
            zip.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ensureOpen();
            zip.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }

        @Override
        public void flush() throws IOException {
            zip.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            zip.closeEntry();
            files.add(new BundleFile(name, HEX.formatHex(digest.digest()), size, contentType));
            open = null;
        }

        private void ensureOpen() throws IOException {
            if (closed) {
                throw new IOException(name + " is already closed");
            }
        }
    }
}
