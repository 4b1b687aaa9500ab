package fr.pepites.badges.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The look of the badges' public pages, seen without login and without the application's menu. */
final class PublicPage {

    private PublicPage() {
    }

    /** A column of reading width in the middle of the window. */
    static void centre(VerticalLayout page) {
        page.setMaxWidth("60em");
        page.getStyle().set("margin", "0 auto");
    }
}
