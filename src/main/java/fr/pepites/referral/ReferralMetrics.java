package fr.pepites.referral;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Referrals by status for Micrometer ({@code pepites.referrals}, tag {@code status}), counted at each scrape. */
@Component
class ReferralMetrics implements MeterBinder {

    private final ReferralRepository referrals;

    ReferralMetrics(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ReferralStatus status : ReferralStatus.values()) {
            Gauge.builder("pepites.referrals", () -> referrals.countByStatus(status)).tag("status", status.name())
                    .description("Referrals in this status").register(registry);
        }
    }
}
