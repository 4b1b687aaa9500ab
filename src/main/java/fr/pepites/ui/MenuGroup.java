package fr.pepites.ui;

/**
 * The sections of the main menu, in the order the menu shows them: a coordinator or an administrator is offered about
 * twenty entries, which read as a wall in one list. {@link #MAIN} has no heading: what everyone opens every day.
 */
public enum MenuGroup {
    MAIN(null),
    ORIENTATIONS("nav.group.orientations"),
    MATCHING("nav.group.matching"),
    TWINNINGS("nav.group.twinnings"),
    BADGES("nav.group.badges"),
    LEARNING("nav.group.learning"),
    NETWORK("nav.group.network"),
    ADMINISTRATION("nav.group.administration");

    private final String labelKey;

    MenuGroup(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The heading's message key, or null for entries shown without a heading. */
    public String labelKey() {
        return labelKey;
    }
}
