package ma.mizan.assessment.entity;

import java.util.List;

/** A rule that fired and whose conclusion stands, with its citations and the facts it matched. */
public record TraceEntry(String rule, List<String> legalRefs, List<String> facts) {
}
