package fr.pepites.matching;

import fr.pepites.reference.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The vacancies near a place, found through a grid of cells of latitude and longitude instead of measuring every
 * person against every vacancy: a person is measured only against the vacancies of the cells their radius touches, so
 * building a problem costs in proportion to the pairs within reach (100,000 people × 25,000 vacancies are 2.5 billion
 * pairs, of which a few percent are within anyone's radius).
 */
final class NearbyVacancies {

    /** A cell's side in degrees: about 22 km of latitude, 16 km of longitude at 45° N. */
    private static final double CELL_DEGREES = 0.2;
    /** Kilometres per degree of latitude, rounded down (110.57 at the equator): the search never falls short. */
    private static final double KM_PER_DEGREE = 110.5;

    private final Map<Long, List<Integer>> cells = new HashMap<>();

    NearbyVacancies(List<MatchVacancy> vacancies) {
        for (int i = 0; i < vacancies.size(); i++) {
            Position p = vacancies.get(i).position();
            cells.computeIfAbsent(key(cell(p.latitude()), cell(p.longitude())), k -> new ArrayList<>()).add(i);
        }
    }

    /**
     * Gives the index of every vacancy within {@code radiusKm} of the position (a kilometre more, for the rounding of
     * distances to whole kilometres), and of some a little beyond: the caller measures each.
     */
    void forEachNear(Position from, int radiusKm, IntConsumer vacancyIndex) {
        double reach = radiusKm + 1.0;
        double latitudeSpan = reach / KM_PER_DEGREE;
        double widest = Math.min(89.0, Math.abs(from.latitude()) + latitudeSpan);
        double longitudeSpan = Math.min(180.0, reach / (KM_PER_DEGREE * Math.cos(Math.toRadians(widest))));
        int firstRow = cell(from.latitude() - latitudeSpan);
        int lastRow = cell(from.latitude() + latitudeSpan);
        int firstColumn = cell(from.longitude() - longitudeSpan);
        int lastColumn = cell(from.longitude() + longitudeSpan);
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                List<Integer> inCell = cells.get(key(row, column));
                if (inCell != null) {
                    inCell.forEach(vacancyIndex::accept);
                }
            }
        }
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees / CELL_DEGREES);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }
}
