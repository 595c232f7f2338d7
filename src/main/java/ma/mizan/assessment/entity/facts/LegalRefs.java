package ma.mizan.assessment.entity.facts;

import java.util.Arrays;
import java.util.List;
import org.kie.api.definition.rule.Rule;

/** Reads the {@code @legalRef("a/art-1, b/art-2")} metadata every rule carries. */
public final class LegalRefs {

    public static final String KEY = "legalRef";

    private LegalRefs() {
    }

    public static List<String> of(Rule rule) {
        Object value = rule.getMetaData().get(KEY);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(String.valueOf(value).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
