package fr.pepites.learning;

import fr.pepites.twinning.TwinningDayAttended;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A twinning's day whose attendance is recorded writes one ledger row per participant present (a day of seven hours,
 * on site, the twinning's themes), in the same transaction: the attendance and its rows commit together.
 */
@Component
class TwinningDaysToLedger {

    /** A twinning day in the ledger: seven hours. */
    static final int DAY_MINUTES = 7 * 60;

    private final LearningLedger ledger;

    TwinningDaysToLedger(LearningLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void on(TwinningDayAttended day) {
        List<Learner> present = new ArrayList<>();
        day.presentPersonIds().forEach(id -> present.add(Learner.person(id)));
        day.presentAccountIds().forEach(id -> present.add(Learner.account(id)));
        ledger.record(present.stream().map(learner -> new LearningFact(learner, ActivityKind.TWINNING_DAY, day.date(),
                DAY_MINUTES, Modality.ON_SITE, List.copyOf(day.themes()), null, null, ActivitySource.TWINNING,
                day.businessKey(), null)).toList(), "Jumelage " + day.businessKey());
    }
}
