package fr.pepites.referral;

import org.springframework.data.domain.Pageable;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface ReferralRepository extends JpaRepository<Referral, Long>, JpaSpecificationExecutor<Referral> {

    Optional<Referral> findByProcessInstanceId(String processInstanceId);

    /**
     * The processes of the person's other referrals and their statuses, to close the open ones when the person is
     * hired (read without loading the referrals: most persons have none). No collection parameter: Hibernate would
     * translate the query again at each call. The referral acted on is left out, and no other referral changes in
     * that transaction: nothing pending needs flushing before this read.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select new fr.pepites.referral.ReferralRepository$ProcessOfReferral(r.processInstanceId, r.status)"
            + " from Referral r where r.person.id = :personId and r.id <> :exceptId"
            + " and r.processInstanceId is not null")
    List<ProcessOfReferral> findOtherProcessesOfPerson(@Param("personId") long personId,
            @Param("exceptId") long exceptId);

    /** A referral's process and where the referral stands. */
    record ProcessOfReferral(String processInstanceId, ReferralStatus status) {
    }

    /** A referral with what its e-mails name (its SIAE, its adviser, its vacancy's job title), in one read. */
    @Query("select r from Referral r join fetch r.siae join fetch r.adviser left join fetch r.vacancy v"
            + " left join fetch v.jobTitle where r.id = :id")
    Optional<Referral> findForEmail(@Param("id") long id);

    @Query("select r from Referral r join fetch r.person join fetch r.commune where r.status = :status order by r.id")
    List<Referral> findByStatusForMatching(@Param("status") ReferralStatus status);

    /** How many referrals hold a seat of this vacancy. */
    long countByStatus(ReferralStatus status);

    long countByVacancyIdAndStatusIn(long vacancyId, java.util.Collection<ReferralStatus> statuses);

    /** How many referrals hold a seat of each vacancy (proposed, sent, being answered, or accepted). */
    @Query("select r.vacancy.id, count(r) from Referral r where r.vacancy is not null and r.status in :statuses "
            + "group by r.vacancy.id")
    List<Object[]> countByVacancy(@Param("statuses") java.util.Collection<ReferralStatus> statuses);

    /** Among these persons, those with a referral open, or changed since the cutoff. */
    @Query("select distinct r.person.id from Referral r where r.person.id in :personIds"
            + " and (r.status in :open or r.statusChangedAt >= :cutoff)")
    List<Long> findPersonsActiveSince(@Param("personIds") java.util.Collection<Long> personIds,
            @Param("open") java.util.Collection<ReferralStatus> open, @Param("cutoff") java.time.Instant cutoff);

    /**
     * Deletes every referral of these persons with its timeline and, through the mapping, its lists; written at once
     * (flushed), so that the persons can go next.
     */
    default void deleteOfPersons(java.util.Collection<Long> personIds) {
        deleteEventsOfPersons(personIds);
        deleteAll(findByPersonIdIn(personIds));
        flush();
    }

    List<Referral> findByPersonIdIn(java.util.Collection<Long> personIds);

    @Modifying
    @Query("delete from ReferralEvent e where e.referral.id in"
            + " (select r.id from Referral r where r.person.id in :personIds)")
    void deleteEventsOfPersons(@Param("personIds") java.util.Collection<Long> personIds);

    /** The referrals of the persons whose search name is like the pattern, latest first (the inbox's search). */
    @Query("select r.id from Referral r where r.person.searchName like :pattern order by r.id desc")
    List<Long> findIdsOfPersonsLike(@Param("pattern") String pattern, Pageable page);
}
