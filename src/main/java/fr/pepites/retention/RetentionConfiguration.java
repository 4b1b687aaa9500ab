package fr.pepites.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the nightly purge of {@link RetentionService}. */
@Configuration
@EnableScheduling
class RetentionConfiguration {
}
