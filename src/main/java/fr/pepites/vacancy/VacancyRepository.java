package fr.pepites.vacancy;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VacancyRepository extends JpaRepository<Vacancy, Long>, JpaSpecificationExecutor<Vacancy> {

    long countBySiaeIdAndOpenTrueAndUpdatedAtBefore(long siaeId, Instant before);

    @Query("select v from Vacancy v join fetch v.siae join fetch v.commune join fetch v.jobTitle "
            + "where v.open = true and v.siae.active = true order by v.id")
    List<Vacancy> findOpenForMatching();
}
