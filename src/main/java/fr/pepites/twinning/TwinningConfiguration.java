package fr.pepites.twinning;

import java.time.Duration;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The twinning solver's own {@link SolverManager}, from {@link TwinningSolver#config} (as matching's). */
@Configuration
class TwinningConfiguration {

    @Bean(destroyMethod = "close")
    SolverManager<TwinningPlan, Long> twinningSolverManager(
            @Value("${pepites.twinning.time-limit:PT60S}") Duration limit,
            @Value("${pepites.twinning.unimproved-limit:PT10S}") Duration unimproved) {
        return SolverManager.create(SolverFactory.<TwinningPlan>create(TwinningSolver.config(limit, unimproved)));
    }
}
