package ma.mizan.assessment.entity;

import java.time.LocalDate;
import java.util.List;

/** One duty of an assessment (contract: obligations[]). */
public record Obligation(String code, String title, Addressee addressee, List<String> legalRefs, String because,
                         LocalDate appliesFrom, boolean inForce) {
}
