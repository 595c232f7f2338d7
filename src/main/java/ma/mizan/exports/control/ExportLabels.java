package ma.mizan.exports.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the PDF reports, in English or French (i18n/exports_*.properties); data column names are never translated. */
final class ExportLabels {

    private final ResourceBundle bundle;
    private final Locale locale;

    ExportLabels(String language) {
        this.locale = Locale.forLanguageTag("fr".equals(language) ? "fr" : "en");
        this.bundle = ResourceBundle.getBundle("i18n.exports", locale, ExportLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    String yesNo(Boolean value) {
        return value == null ? "" : get(value ? "label.yes" : "label.no");
    }
}
