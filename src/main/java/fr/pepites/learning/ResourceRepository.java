package fr.pepites.learning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResourceRepository extends JpaRepository<Resource, Long>, JpaSpecificationExecutor<Resource> {

    List<Resource> findByOwnerId(long ownerId);

    /** The resources due for review whose owner was not reminded since: the night's reminders. */
    List<Resource> findByReviewDueLessThanEqualAndRemindedOnIsNull(LocalDate today);

    long countByReviewDueLessThanEqual(LocalDate today);

    long countByOwnerIdAndReviewDueLessThanEqual(long ownerId, LocalDate today);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Resource r set r.usefulCount = r.usefulCount + :change where r.id = :id")
    void countVote(long id, int change);

    /** Claims a reminder for this night: true for the one node that wrote it. */
    @Modifying
    @Query("update Resource r set r.remindedOn = :today where r.id = :id and r.remindedOn is null")
    int claimReminder(long id, LocalDate today);
}
