package fr.pepites.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events of a file as a person's data export writes them (date, who, what, detail). */
public final class Exports {

    private Exports() {
    }

    public static List<Map<String, Object>> events(List<TimelineEntry> entries) {
        return entries.stream().map(e -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("le", e.at().toString());
            event.put("par", e.actor());
            event.put("quoi", e.whatKey());
            event.put("dossier", e.file());
            event.put("detail", e.detail());
            return event;
        }).toList();
    }
}
