package fr.pepites.referral.ui;

import com.vaadin.flow.component.html.Span;
import fr.pepites.referral.ReferralStatus;

/** A referral's status in words and colour: green accepted, red refused or expired, grey closed, blue waiting. */
class ReferralStatusBadge extends Span {

    ReferralStatusBadge(ReferralStatus status) {
        setText(getTranslation("referral.status." + status.name()));
        addClassName("referral-status");
        String theme = switch (status) {
            case ACCEPTED -> "badge success";
            case REFUSED, EXPIRED -> "badge error";
            case CANCELLED, OBSOLETE, DRAFT -> "badge contrast";
            default -> "badge";
        };
        getElement().getThemeList().add(theme);
    }
}
