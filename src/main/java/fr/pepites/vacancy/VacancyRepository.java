package fr.pepites.vacancy;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VacancyRepository extends JpaRepository<Vacancy, Long>, JpaSpecificationExecutor<Vacancy> {

    long countBySiaeIdAndOpenTrueAndUpdatedAtBefore(long siaeId, Instant before);
}
