package fr.pepites.workbench;

/** A constraint's weight as the workbench shows it. */
public record WeightSetting(String constraint, boolean hard, long points, String unit) {
}
