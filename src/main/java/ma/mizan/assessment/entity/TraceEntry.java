package ma.mizan.assessment.entity;

import java.util.List;

/**
 * A rule that fired and whose conclusion stands: its name (a stable identifier, in English, starting
 * with the unit it rests on), its citations, the facts it matched, and what it establishes in the
 * language of the answer ({@code explanation}, added to the contract's fields).
 */
public record TraceEntry(String rule, List<String> legalRefs, List<String> facts, String explanation) {
}
