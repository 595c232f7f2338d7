package ma.mizan.compliance.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import ma.mizan.assessment.entity.Addressee;

/**
 * An obligation's tracking as read on a given day, with its evidence and what follows from the date:
 * {@code overdue} (not met and past its due date), {@code dueAgain} (recorded MET, but every piece of
 * evidence that carried it has expired), {@code missingEvidence} (recorded MET without any evidence valid
 * that day) and {@code nextDue} (the date the calendar shows: the due date while the work is open, the
 * date the evidence lapses once met).
 */
public record TrackedObligation(long id, long systemId, long organizationId, String code, Addressee addressee, String title,
                                List<String> legalRefs, String because, LocalDate appliesFrom, ObligationStatus status,
                                String justification, String owner, LocalDate dueDate, String notes, boolean closed,
                                OffsetDateTime closedAt, String closedReason, boolean overdue, boolean dueAgain, boolean missingEvidence,
                                LocalDate nextDue, long rowVersion, List<EvidenceItem> evidence) {

    public record EvidenceItem(long id, Evidence.Kind kind, String fileName, String contentType, Long sizeBytes, String sha256, String url,
                               String description, LocalDate expiresOn, boolean expired, boolean withdrawn, String uploadedBy,
                               OffsetDateTime uploadedAt) {
        static EvidenceItem of(Evidence e, LocalDate today) {
            return new EvidenceItem(e.getId(), e.getKind(), e.getFileName(), e.getContentType(), e.getSizeBytes(), e.getSha256(), e.getUrl(),
                    e.getDescription(), e.getExpiresOn(), e.getExpiresOn() != null && e.getExpiresOn().isBefore(today),
                    e.getWithdrawnAt() != null, e.getUploadedBy(), e.getUploadedAt());
        }
    }

    public static TrackedObligation of(ObligationTracking t, List<Evidence> evidence, LocalDate today) {
        List<Evidence> standing = evidence.stream().filter(e -> e.getWithdrawnAt() == null).toList();
        List<Evidence> valid = standing.stream().filter(e -> e.validOn(today)).toList();
        boolean open = !t.isClosed();
        boolean met = t.getStatus() == ObligationStatus.MET;
        boolean working = t.getStatus() == ObligationStatus.NOT_STARTED || t.getStatus() == ObligationStatus.IN_PROGRESS;
        boolean dueAgain = open && met && !standing.isEmpty() && valid.isEmpty();
        boolean overdue = open && ((working && t.getDueDate() != null && t.getDueDate().isBefore(today)) || dueAgain);
        boolean missingEvidence = open && met && valid.isEmpty();
        LocalDate nextDue = null;
        if (open && working) {
            nextDue = t.getDueDate();
        } else if (open && met && !standing.isEmpty()) {
            List<Evidence> carrying = valid.isEmpty() ? standing : valid;
            nextDue = carrying.stream().anyMatch(e -> e.getExpiresOn() == null) ? null
                    : carrying.stream().map(Evidence::getExpiresOn).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }
        return new TrackedObligation(t.getId(), t.getSystemId(), t.getOrganizationId(), t.getCode(), t.getAddressee(), t.getTitle(),
                t.getLegalRefs(), t.getBecause(), t.getAppliesFrom(), t.getStatus(), t.getJustification(), t.getOwner(), t.getDueDate(),
                t.getNotes(), t.isClosed(), t.getClosedAt(), t.getClosedReason(), overdue, dueAgain, missingEvidence, nextDue, t.getRowVersion(),
                evidence.stream().map(e -> EvidenceItem.of(e, today)).toList());
    }
}
