package fr.pepites.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import fr.pepites.workflow.TimelineEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A file's timeline (who did what, when), the same on every page that shows one. */
public class Timeline extends Grid<TimelineEntry> {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    public Timeline(String id, List<TimelineEntry> entries) {
        setId(id);
        addColumn(e -> DATE_TIME.format(e.at())).setHeader(getTranslation("timeline.when")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> getTranslation(e.whatKey()) + (e.file() == null ? "" : " · " + e.file()))
                .setHeader(getTranslation("timeline.what"));
        addColumn(TimelineEntry::actor).setHeader(getTranslation("timeline.who"));
        addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("timeline.detail"))
                .setFlexGrow(2);
        setItems(entries);
        setAllRowsVisible(entries.size() <= 50);
    }
}
