package fr.pepites.reference;

import fr.pepites.reference.ReferenceFiles.CommuneRecord;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The communes of a region that have their own coordinates, drawn by population (Bordeaux weighs more than a hamlet):
 * where the benchmarks' generators put people, SIAE and tiers-lieux.
 */
public final class RegionCommunes {

    public static final String NOUVELLE_AQUITAINE = "75";

    private final List<CommuneRecord> communes;
    private final long[] cumulativePopulation;

    public RegionCommunes(String region) {
        communes = ReferenceFiles.communes().stream().filter(c -> c.region().equals(region) && !c.approximate())
                .toList();
        cumulativePopulation = new long[communes.size()];
        long sum = 0;
        for (int i = 0; i < communes.size(); i++) {
            sum += Math.max(1, communes.get(i).population());
            cumulativePopulation[i] = sum;
        }
    }

    /** Positions of the region's communes by INSEE code, for turning an instance into a problem. */
    public Map<String, Position> positions() {
        return communes.stream().collect(Collectors.toMap(CommuneRecord::inseeCode,
                c -> new Position(c.inseeCode(), c.latitude(), c.longitude(), false)));
    }

    /** A commune drawn with a probability proportional to its population. */
    public CommuneRecord draw(Random random) {
        long target = (long) (random.nextDouble() * cumulativePopulation[cumulativePopulation.length - 1]);
        int low = 0;
        int high = cumulativePopulation.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulativePopulation[mid] <= target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return communes.get(low);
    }
}
