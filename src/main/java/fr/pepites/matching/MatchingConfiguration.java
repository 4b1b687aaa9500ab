package fr.pepites.matching;

import java.time.Duration;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The matching solver's own {@link SolverManager}, built from {@link MatchingSolver#config} (the OptaPlanner Spring
 * Boot starter is not used: it supports a single planning problem per application). A workbench solve stops at
 * the time limit, or earlier once it has not improved for a while, or when the coordinator stops it.
 */
@Configuration
class MatchingConfiguration {

    @Bean
    SolverFactory<MatchingProblem> matchingSolverFactory(
            @Value("${pepites.matching.time-limit:PT60S}") Duration limit,
            @Value("${pepites.matching.unimproved-limit:PT10S}") Duration unimproved) {
        return SolverFactory.create(MatchingSolver.config(limit, unimproved));
    }

    @Bean(destroyMethod = "close")
    SolverManager<MatchingProblem, Long> matchingSolverManager(SolverFactory<MatchingProblem> matchingSolverFactory) {
        return SolverManager.create(matchingSolverFactory);
    }
}
