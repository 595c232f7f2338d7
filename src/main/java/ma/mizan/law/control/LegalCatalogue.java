package ma.mizan.law.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.mizan.law.entity.AdequateCountry;
import ma.mizan.law.entity.LegalText;
import ma.mizan.platform.control.ContentSource;

/**
 * The legal texts of {@code legal-texts/}, parsed and checked once: every file's ID is its path and has
 * the contract's shape, every front matter has the fields the house style requires. A catalogue that
 * does not pass these checks is not built at all, so a broken text stops the start-up with the list of
 * problems instead of producing citations that resolve to nothing.
 */
public final class LegalCatalogue {

    /** The legal-reference format of the contract. */
    public static final Pattern REFERENCE = Pattern.compile(
            "^(ma-law-09-08|ma-decree-2-09-165|ma-cndp-[0-9a-z]+(-[0-9a-z]+)*|ma-ai-draft|eu-ai-act)/"
                    + "(art-[0-9]+[a-z]?(\\.[0-9a-z]+)*|annex-[ivx]+(\\.[0-9a-z]+)*|recital-[0-9]+|whole)$");

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("^## (Français|English)\\s*$", Pattern.MULTILINE);
    private static final Set<String> STATUSES = Set.of("in-force", LegalText.WORKING_MODEL);
    private static final Set<String> USES = Set.of("cited", "context");
    private static final String ADEQUATE_COUNTRIES = "data/adequate-countries.yaml";

    private final SortedMap<String, LegalText> texts;
    private final List<AdequateCountry> adequateCountries;

    private LegalCatalogue(SortedMap<String, LegalText> texts, List<AdequateCountry> adequateCountries) {
        this.texts = Collections.unmodifiableSortedMap(texts);
        this.adequateCountries = List.copyOf(adequateCountries);
    }

    public static LegalCatalogue load(ContentSource source) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> problems = new ArrayList<>();
        SortedMap<String, LegalText> texts = new TreeMap<>();
        source.files().forEach((path, bytes) -> {
            if (!path.endsWith(".md") || path.startsWith("archive/") || !path.contains("/")) {
                return; // FORMAT.md and other notes at the top level are documentation, not units
            }
            try {
                LegalText text = parse(yaml, path, source.text(path));
                texts.put(text.id(), text);
            } catch (IllegalArgumentException | IOException e) {
                problems.add(path + ": " + e.getMessage());
            }
        });
        List<AdequateCountry> countries = new ArrayList<>();
        if (source.contains(ADEQUATE_COUNTRIES)) {
            try {
                JsonNode data = yaml.readTree(source.text(ADEQUATE_COUNTRIES));
                for (JsonNode c : data.path("countries")) {
                    countries.add(new AdequateCountry(c.path("code").asText(), c.path("name").asText(), c.path("status").asText()));
                }
                for (JsonNode ref : data.path("sources")) {
                    if (!texts.containsKey(ref.asText())) {
                        problems.add(ADEQUATE_COUNTRIES + ": source " + ref.asText() + " is not a legal text");
                    }
                }
            } catch (IOException e) {
                problems.add(ADEQUATE_COUNTRIES + ": " + e.getMessage());
            }
        } else {
            problems.add("missing " + ADEQUATE_COUNTRIES + " (the CNDP list of countries with adequate protection)");
        }
        texts.values().stream()
                .filter(t -> t.follows() != null && !texts.containsKey(t.follows()))
                .forEach(t -> problems.add(t.id() + ": follows " + t.follows() + ", which is not a legal text"));
        texts.values().stream()
                .filter(t -> t.partOf() != null && !texts.containsKey(t.partOf()))
                .forEach(t -> problems.add(t.id() + ": part_of " + t.partOf() + ", which is not a legal text"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("legal texts in " + source.origin() + " are invalid:\n  " + String.join("\n  ", problems));
        }
        return new LegalCatalogue(texts, countries);
    }

    private static LegalText parse(ObjectMapper yaml, String path, String content) throws IOException {
        Matcher m = FRONT_MATTER.matcher(content);
        if (!m.matches()) {
            throw new IllegalArgumentException("no YAML front matter between --- lines");
        }
        JsonNode fm = yaml.readTree(m.group(1));
        String id = required(fm, "id");
        String expected = path.substring(0, path.length() - ".md".length());
        if (!id.equals(expected)) {
            throw new IllegalArgumentException("id " + id + " does not match its path " + expected);
        }
        if (!REFERENCE.matcher(id).matches()) {
            throw new IllegalArgumentException("id " + id + " is not a legal reference of the contract's form");
        }
        String status = required(fm, "status");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status " + status + " is not one of " + STATUSES);
        }
        String use = fm.path("use").asText("cited");
        if (!USES.contains(use)) {
            throw new IllegalArgumentException("use " + use + " is not one of " + USES);
        }
        Map<String, String> title = new LinkedHashMap<>();
        fm.path("title").fields().forEachRemaining(e -> title.put(e.getKey(), e.getValue().asText()));
        if (!title.containsKey("fr") || !title.containsKey("en")) {
            throw new IllegalArgumentException("title needs fr and en");
        }
        LocalDate validFrom;
        try {
            validFrom = LocalDate.parse(required(fm, "valid_from"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("valid_from is not a date (YYYY-MM-DD)");
        }
        if (LegalText.WORKING_MODEL.equals(status) && fm.path("follows").isMissingNode()) {
            throw new IllegalArgumentException("a working-model unit must say which EU AI Act unit it follows");
        }
        List<String> uncertain = new ArrayList<>();
        fm.path("uncertain").forEach(u -> uncertain.add(u.asText()));
        Map<String, String> summary = sections(m.group(2));
        if (!summary.containsKey("fr") || !summary.containsKey("en")) {
            throw new IllegalArgumentException("body needs a '## Français' and an '## English' section");
        }
        return new LegalText(id, required(fm, "instrument"), required(fm, "number"), Map.copyOf(title), status, validFrom,
                required(fm, "source"), text(fm, "eli"), text(fm, "follows"), text(fm, "part_of"), use,
                List.copyOf(uncertain), Map.copyOf(summary));
    }

    private static Map<String, String> sections(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(body);
        List<int[]> starts = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            langs.add(m.group(1).equals("English") ? "en" : "fr");
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : body.length();
            out.put(langs.get(i), body.substring(starts.get(i)[1], end).strip());
        }
        return out;
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("front matter lacks " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public Optional<LegalText> find(String id) {
        return Optional.ofNullable(texts.get(id));
    }

    public boolean contains(String id) {
        return texts.containsKey(id);
    }

    /** Every unit, sorted by ID. */
    public List<LegalText> all() {
        return List.copyOf(texts.values());
    }

    public List<AdequateCountry> adequateCountries() {
        return adequateCountries;
    }
}
