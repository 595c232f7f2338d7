package ma.mizan.compliance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.mizan.compliance.entity.Evidence;
import ma.mizan.platform.control.ProblemException;

/**
 * Serves evidence files only as stored: the file is hashed and compared with its row before a byte is sent
 * (so a damaged store yields a clean problem answer, not a truncated download), and hashed again while it is
 * sent, cutting the response off if it changed in between.
 */
@ApplicationScoped
public class EvidenceReader {

    private static final Logger LOG = Logger.getLogger(EvidenceReader.class.getName());

    @Inject
    EvidenceStore store;

    public StreamingOutput verifiedContent(Evidence e) {
        EvidenceStore.State state = store.verify(e.getSha256());
        if (state != EvidenceStore.State.INTACT) {
            LOG.log(Level.SEVERE, "evidence " + e.getId() + ": stored file " + e.getSha256() + " is " + state);
            throw new ProblemException(500, "evidence-file-" + state.name().toLowerCase(java.util.Locale.ROOT), "Evidence file unavailable",
                    "The stored file of evidence " + e.getId() + " is " + (state == EvidenceStore.State.MISSING ? "missing" : "damaged (its SHA-256 "
                            + "no longer matches)") + "; it is not served. An administrator can run GET /api/v1/evidence-store/check.");
        }
        return out -> {
            MessageDigest digest = EvidenceStore.sha256();
            try (InputStream in = new DigestInputStream(store.open(e.getSha256()).orElseThrow(() -> new IOException("evidence file vanished")),
                    digest)) {
                in.transferTo(out);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(e.getSha256())) {
                LOG.log(Level.SEVERE, "evidence " + e.getId() + ": stored file changed while it was sent");
                throw new IOException("evidence file " + e.getSha256() + " changed while it was sent");
            }
        };
    }

    /** RFC 6266: an ASCII fallback name and the exact name, UTF-8 and percent-encoded (RFC 8187). */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
