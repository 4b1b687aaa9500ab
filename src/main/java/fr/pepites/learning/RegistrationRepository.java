package fr.pepites.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findBySessionIdAndAccountId(long sessionId, long accountId);

    List<Registration> findBySessionIdOrderByRegisteredAt(long sessionId);

    List<Registration> findBySessionIdAndStatusOrderByRegisteredAt(long sessionId, RegistrationStatus status);

    long countBySessionIdAndStatus(long sessionId, RegistrationStatus status);

    @Query("select r from Registration r join fetch r.session s join fetch s.offer where r.accountId = :accountId "
            + "and r.status <> 'CANCELLED' order by s.startsAt desc")
    List<Registration> activeOf(long accountId);

    @Query("select r from Registration r where r.session.offer.id = :offerId and r.surveyScore is not null")
    List<Registration> surveyedOf(long offerId);

    /** Per session and status: session id, status, count. */
    @Query("select r.session.id, r.status, count(r) from Registration r where r.session.id in :sessionIds "
            + "group by r.session.id, r.status")
    List<Object[]> countsByStatus(Collection<Long> sessionIds);
}
