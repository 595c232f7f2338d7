package ma.mizan.compliance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import ma.mizan.compliance.entity.Evidence;
import ma.mizan.platform.control.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives an evidence file: streams it to a temporary file of the store while hashing it, sniffs its type,
 * then has {@link Compliance} store it and write the row. Deliberately outside any transaction: a slow upload
 * of 20 MiB must not hold a database transaction (and its locks) open; only the short final step is one.
 */
@ApplicationScoped
public class EvidenceIntake {

    @Inject
    EvidenceStore store;

    @Inject
    Compliance compliance;

    @Inject
    @ConfigProperty(name = "mizan.evidence.max-bytes", defaultValue = "20971520")
    long maxBytes;

    public Evidence receive(long systemId, long trackingId, InputStream body, String fileName, String description, LocalDate expiresOn,
                            String actor) {
        compliance.openTracking(systemId, trackingId);
        EvidenceStore.Staged staged = store.stage(body, maxBytes);
        try {
            if (staged.size() == 0) {
                throw ProblemException.invalid("", "The body is empty; send the file's bytes.");
            }
            ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(staged.file(), fileName);
            if (!sniffed.allowed()) {
                throw new ProblemException(415, "unsupported-evidence-type", "Unsupported evidence type",
                        "The file's bytes are " + sniffed.type() + ", which is not accepted as evidence (accepted: PDF, PNG, JPEG, GIF, WebP, "
                                + "TIFF, plain text and CSV, Word/Excel/PowerPoint (OOXML or legacy), OpenDocument). The name and the "
                                + "Content-Type sent are not taken into account.");
            }
            return compliance.addFile(systemId, trackingId, staged, fileName, sniffed.type(), description, expiresOn, actor);
        } finally {
            store.discard(staged); // already moved into the store when accepted; removed otherwise
        }
    }

    public long maxBytes() {
        return maxBytes;
    }
}
