package fr.pepites.twinning.ui;

import com.vaadin.flow.component.html.Span;
import fr.pepites.twinning.TwinningStatus;

/** A twinning's stage in words and colour: orange while someone must act, green once scheduled, grey at the end. */
class TwinningStatusBadge extends Span {

    TwinningStatusBadge(TwinningStatus status) {
        setText(getTranslation("twinning.status." + status.name()));
        getElement().getThemeList().add(switch (status) {
            case AWAITING_APPROVAL, AWAITING_CONFIRMATION, EVALUATION -> "badge warning";
            case SCHEDULED -> "badge success";
            case CLOSED, CANCELLED -> "badge contrast";
            default -> "badge";
        });
    }
}
