package fr.pepites.learning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearningActivityRepository extends JpaRepository<LearningActivity, Long> {

    boolean existsByLearnerKeyAndSourceAndSourceRefAndDate(String learnerKey, ActivitySource source,
            String sourceRef, LocalDate date);

    /** The activities of these kinds of these learners, by date: what the rules of a sheet read, in one query. */
    List<LearningActivity> findByLearnerKeyInAndKindInOrderByDateAsc(Collection<String> learnerKeys,
            Collection<ActivityKind> kinds);

    List<LearningActivity> findByLearnerKeyAndDateBetweenOrderByDateAsc(String learnerKey, LocalDate from,
            LocalDate to);

    @Query("select a from LearningActivity a where a.learnerKey in :keys and a.date between :from and :to "
            + "order by a.date")
    List<LearningActivity> findOfLearners(Collection<String> keys, LocalDate from, LocalDate to);
}
