package fr.pepites.parcours.ui;

import com.vaadin.flow.component.html.Span;
import fr.pepites.parcours.ParcoursRow;
import java.time.LocalDate;

/** A parcours's status in words and colour: blue while under contract, orange with an action due, grey closed. */
class ParcoursStatusBadge extends Span {

    ParcoursStatusBadge(ParcoursRow parcours) {
        setText(getTranslation(parcours.statusLabelKey(LocalDate.now())));
        addClassName("parcours-status");
        String theme = switch (parcours.status()) {
            case REVIEW_OPEN, EXIT_TO_RECORD -> "badge warning";
            case EXITED -> "badge success";
            case CLOSED -> "badge contrast";
            default -> "badge";
        };
        getElement().getThemeList().add(theme);
    }
}
