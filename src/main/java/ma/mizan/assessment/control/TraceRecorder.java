package ma.mizan.assessment.control;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.mizan.assessment.entity.TraceEntry;
import ma.mizan.assessment.entity.facts.LegalRefs;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Records, in firing order, every rule that fired and what it concluded. Rules conclude with logical
 * insertions, so a conclusion can be withdrawn later in the same session (an exclusion established after
 * a duty was derived withdraws the duty). The trace keeps only the firings whose conclusions still stand
 * at the end: it explains the answer that is returned, not the engine's path to it.
 */
final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private static final class Firing {
        final String rule;
        final String french;
        final List<String> legalRefs;
        final List<String> facts;
        final List<FactHandle> concluded = new ArrayList<>();

        Firing(String rule, String french, List<String> legalRefs, List<String> facts) {
            this.rule = rule;
            this.french = french;
            this.legalRefs = legalRefs;
            this.facts = facts;
        }
    }

    private final List<Firing> firings = new ArrayList<>();
    private final Set<FactHandle> live = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private Firing current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        List<String> facts = new ArrayList<>();
        for (Object o : event.getMatch().getObjects()) {
            String d = FactDescription.of(o);
            if (!d.isEmpty() && !facts.contains(d)) {
                facts.add(d);
            }
        }
        var rule = event.getMatch().getRule();
        Object fr = rule.getMetaData().get("fr");
        current = new Firing(rule.getName(), fr == null ? null : String.valueOf(fr), LegalRefs.of(rule), facts);
        firings.add(current);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (current != null) {
            current.concluded.add(event.getFactHandle());
        }
        live.add(event.getFactHandle());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // facts are never modified by the rule base
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        live.remove(event.getFactHandle());
    }

    /** The trace, with each rule's explanation in {@code language} (the sentence of its name in English). */
    List<TraceEntry> trace(String language) {
        Map<Firing, Boolean> standing = new LinkedHashMap<>();
        for (Firing f : firings) {
            // a firing that concluded nothing new only re-supported a conclusion another rule reached first
            standing.put(f, f.concluded.isEmpty() || f.concluded.stream().anyMatch(live::contains));
        }
        List<TraceEntry> out = new ArrayList<>();
        standing.forEach((f, stands) -> {
            if (stands) {
                String english = f.rule.contains(": ") ? f.rule.substring(f.rule.indexOf(": ") + 2) : f.rule;
                out.add(new TraceEntry(f.rule, f.legalRefs, f.facts, "fr".equals(language) && f.french != null ? f.french : english));
            }
        });
        return out;
    }
}
