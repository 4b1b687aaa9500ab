package fr.pepites.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** The UI's labels, from {@code i18n/messages*.properties}: French first (the default), English second. */
@Component
public class PepitesI18NProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n/messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && locale.getLanguage().equals(ENGLISH.getLanguage()) ? ENGLISH : FRENCH;
        try {
            // The French file is the base bundle: no fallback to the JVM's default locale.
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
