package fr.pepites.matching;

/**
 * One seat of a vacancy: the value a proposal takes. A vacancy with three free seats gives three seats, so the
 * capacity of a vacancy is "one person per seat".
 *
 * @param number 1 to the vacancy's seats
 */
public record Seat(MatchVacancy vacancy, int number) {

    @Override
    public String toString() {
        return vacancy.id() + "#" + number;
    }
}
