package fr.pepites.twinning;

/** What the twinnings' lists filter on: a stage, a theme, and a text on the SIAE's or tiers-lieu's name. */
public record TwinningFilter(TwinningStatus status, String themeCode, String text) {

    public static TwinningFilter all() {
        return new TwinningFilter(null, null, null);
    }
}
