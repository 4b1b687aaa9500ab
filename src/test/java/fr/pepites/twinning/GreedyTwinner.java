package fr.pepites.twinning;

import java.util.Comparator;
import java.util.List;

/**
 * The benchmark's baseline: first come, first served (requests in their order), each at the nearest tiers-lieu on
 * its earliest four days that still have the seats and the weekly room; none when nothing fits.
 */
final class GreedyTwinner {

    private GreedyTwinner() {
    }

    static void place(TwinningPlan plan) {
        TwinningConstructionPhase.Load load = new TwinningConstructionPhase.Load();
        for (Placement p : plan.getPlacements()) {
            List<Schedules.Option> options = Schedules.of(p);
            options.sort(Comparator.comparingInt((Schedules.Option o) -> TwinningRules.distanceKm(p, o.host()))
                    .thenComparing(o -> o.days().get(0)));
            p.setHost(null);
            for (Schedules.Option o : options) {
                if (load.fits(o, p.getParticipants())) {
                    p.setHost(o.host());
                    p.setStart(o.start());
                    load.take(o.host(), o.days(), p.getParticipants());
                    break;
                }
            }
        }
    }
}
