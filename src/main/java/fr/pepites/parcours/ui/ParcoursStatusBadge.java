package fr.pepites.parcours.ui;

import com.vaadin.flow.component.html.Span;
import fr.pepites.parcours.ParcoursStatus;

/** A parcours's status in words and colour: blue while under contract, orange with an action due, grey closed. */
class ParcoursStatusBadge extends Span {

    ParcoursStatusBadge(ParcoursStatus status) {
        setText(getTranslation("parcours.status." + status.name()));
        addClassName("parcours-status");
        String theme = switch (status) {
            case REVIEW_OPEN, EXIT_TO_RECORD -> "badge warning";
            case EXITED -> "badge success";
            case CLOSED -> "badge contrast";
            default -> "badge";
        };
        getElement().getThemeList().add(theme);
    }
}
