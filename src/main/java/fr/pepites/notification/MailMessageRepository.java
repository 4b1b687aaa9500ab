package fr.pepites.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    @Query("select m.id from MailMessage m where m.status = fr.pepites.notification.MailStatus.PENDING"
            + " and m.nextAttemptAt <= ?1 order by m.nextAttemptAt, m.id")
    List<Long> findDue(Instant now, Pageable limit);

    Page<MailMessage> findByStatus(MailStatus status, Pageable pageable);

    long countByStatus(MailStatus status);
}
