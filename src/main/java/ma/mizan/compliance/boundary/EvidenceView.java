package ma.mizan.compliance.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import ma.mizan.compliance.entity.Evidence;

/** A piece of evidence as the API shows it: a file (type as sniffed, size, SHA-256) or a link. */
public record EvidenceView(long id, long trackingId, String kind, String fileName, String contentType, Long sizeBytes, String sha256, String url,
                           String description, LocalDate expiresOn, String uploadedBy, OffsetDateTime uploadedAt, boolean withdrawn) {

    static EvidenceView of(Evidence e) {
        return new EvidenceView(e.getId(), e.getTrackingId(), e.getKind().name(), e.getFileName(), e.getContentType(), e.getSizeBytes(),
                e.getSha256(), e.getUrl(), e.getDescription(), e.getExpiresOn(), e.getUploadedBy(), e.getUploadedAt(), e.isWithdrawn());
    }
}
