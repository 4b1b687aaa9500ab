package fr.pepites.learning;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;
import java.util.Optional;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    List<TrainingSession> findByOfferIdOrderByStartsAt(long offerId);

    List<TrainingSession> findByOfferIdInOrderByStartsAt(Collection<Long> offerIds);

    /** The sessions of an offer a rule "P % of its sessions" counts: all but the cancelled ones. */
    @Query("select s.id from TrainingSession s where s.offer.id = :offerId and s.status <> 'CANCELLED'")
    List<Long> countedIdsOf(long offerId);

    @Query("select s from TrainingSession s join fetch s.offer where s.startsAt >= :from and s.status in ('OPEN', 'CLOSED') "
            + "order by s.startsAt")
    List<TrainingSession> upcoming(LocalDateTime from);

    /** The session, locked for the rest of the transaction: registrations to it are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from TrainingSession s where s.id = :id")
    Optional<TrainingSession> lockById(long id);
}
