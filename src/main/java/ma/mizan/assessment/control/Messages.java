package ma.mizan.assessment.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for people: obligation titles and the "because" explanations, in English (default) and French,
 * from the resource bundles {@code i18n/assessment_*.properties}.
 */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("en", "fr");

    private final ResourceBundle bundle;
    private final String language;

    private Messages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("i18n.assessment", Locale.forLanguageTag(language), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final java.util.Map<String, Messages> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The first supported language among the caller's preferences, English otherwise. */
    public static Messages forLanguages(List<Locale> preferred) {
        String chosen = preferred.stream().map(Locale::getLanguage).filter(LANGUAGES::contains).findFirst().orElse("en");
        return CACHE.computeIfAbsent(chosen, Messages::new);
    }

    public String language() {
        return language;
    }

    public String title(String code) {
        return get("obligation." + code);
    }

    public String because(String reason, List<String> facts) {
        return MessageFormat.format(get("because." + reason).replace("'", "''"), facts.toArray());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in language " + language, e);
        }
    }
}
