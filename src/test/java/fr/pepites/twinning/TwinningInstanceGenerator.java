package fr.pepites.twinning;

import fr.pepites.reference.Position;
import fr.pepites.reference.RegionCommunes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seeded, realistic Nouvelle-Aquitaine twinning instances: SIAE and tiers-lieux on the region's communes drawn by
 * population; tiers-lieux offering two to four themes, 6 to 12 seats, open four or five weekdays, hosting two to five
 * twinning days a week, some closed three weeks in summer; requests for one or two themes of two to six people,
 * windows of three to eight weeks inside the horizon, seven in ten on consecutive days.
 */
final class TwinningInstanceGenerator {

    /** A Monday, the horizon's first day. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2027, 3, 1);

    private static final List<String> THEMES = List.copyOf(new TreeSet<>(TwinningFiles.THEMES));

    private final RegionCommunes communes = new RegionCommunes(RegionCommunes.NOUVELLE_AQUITAINE);

    Map<String, Position> positions() {
        return communes.positions();
    }

    TwinningInstance generate(int requests, int tiersLieux, int weeks, long seed) {
        Random random = new Random(seed);
        LocalDate horizonEnd = REFERENCE_DATE.plusWeeks(weeks).minusDays(1);
        List<TwinningInstance.TiersLieu> hosts = new ArrayList<>();
        for (int t = 0; t < tiersLieux; t++) {
            Set<String> themes = new HashSet<>();
            int n = 2 + random.nextInt(3);
            while (themes.size() < n) {
                themes.add(THEMES.get(random.nextInt(THEMES.size())));
            }
            Set<Integer> open = new TreeSet<>(List.of(2, 3, 4, 5));
            open.add(random.nextBoolean() ? 1 : 6);
            if (random.nextInt(3) == 0) {
                open.remove(2 + random.nextInt(4));
            }
            List<TwinningInstance.Period> closures = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                LocalDate from = REFERENCE_DATE.plusWeeks(random.nextInt(Math.max(1, weeks - 3)));
                closures.add(new TwinningInstance.Period(from, from.plusWeeks(3).minusDays(1)));
            }
            hosts.add(new TwinningInstance.TiersLieu("T" + (t + 1), "Tiers-lieu " + (t + 1),
                    communes.draw(random).inseeCode(), themes, 6 + random.nextInt(7), 2 + random.nextInt(4), open,
                    closures, List.of()));
        }
        int siaeCount = Math.max(3, requests / 3);
        List<String> siaeCommunes = new ArrayList<>();
        for (int s = 0; s < siaeCount; s++) {
            siaeCommunes.add(communes.draw(random).inseeCode());
        }
        List<TwinningInstance.Request> list = new ArrayList<>();
        for (int r = 0; r < requests; r++) {
            int s = random.nextInt(siaeCount);
            // A request asks for themes some tiers-lieu offers (one or two of a random tiers-lieu's).
            List<String> offered = new ArrayList<>(new TreeSet<>(hosts.get(random.nextInt(tiersLieux)).themes()));
            Set<String> themes = new HashSet<>();
            themes.add(offered.get(random.nextInt(offered.size())));
            if (random.nextInt(4) == 0) {
                themes.add(offered.get(random.nextInt(offered.size())));
            }
            Rhythm rhythm = random.nextInt(10) < 7 ? Rhythm.CONSECUTIVE_DAYS : Rhythm.WEEKLY;
            int length = (rhythm == Rhythm.WEEKLY ? 5 : 3) + random.nextInt(4);
            int latestStartWeek = Math.max(0, weeks - length);
            LocalDate from = REFERENCE_DATE.plusWeeks(random.nextInt(latestStartWeek + 1)).plusDays(random.nextInt(3));
            LocalDate to = from.plusWeeks(length);
            if (to.isAfter(horizonEnd)) {
                to = horizonEnd;
            }
            Set<Integer> unavailable = random.nextInt(4) == 0 ? Set.of(1 + random.nextInt(5)) : Set.of();
            list.add(new TwinningInstance.Request("R" + (r + 1), "S" + (s + 1), siaeCommunes.get(s), themes,
                    2 + random.nextInt(5), from, to, rhythm, unavailable, 40 + 10 * random.nextInt(12), Set.of(),
                    Set.of()));
        }
        return new TwinningInstance(TwinningInstance.FORMAT, REFERENCE_DATE, hosts, list);
    }
}
