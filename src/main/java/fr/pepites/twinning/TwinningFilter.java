package fr.pepites.twinning;

/**
 * What the twinnings' lists filter on: a stage, a theme, and a text: the twinning's number, or words of the name of
 * its SIAE, its tiers-lieu or an employee taking part.
 */
public record TwinningFilter(TwinningStatus status, String themeCode, String text) {

    public static TwinningFilter all() {
        return new TwinningFilter(null, null, null);
    }
}
