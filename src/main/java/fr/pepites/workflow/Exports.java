package fr.pepites.workflow;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The events of a file as a person's data export writes them (date, who, what in French, detail). */
@Component
public class Exports {

    private final I18NProvider translations;

    Exports(I18NProvider translations) {
        this.translations = translations;
    }

    public List<Map<String, Object>> events(List<TimelineEntry> entries) {
        return entries.stream().map(e -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("le", e.at().toString());
            event.put("par", e.actor());
            event.put("quoi", translations.getTranslation(e.whatKey(), Locale.FRENCH));
            event.put("dossier", e.file());
            event.put("detail", e.detail());
            return event;
        }).toList();
    }
}
