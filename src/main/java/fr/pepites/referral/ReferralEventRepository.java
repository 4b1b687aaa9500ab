package fr.pepites.referral;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralEventRepository extends JpaRepository<ReferralEvent, Long> {

    List<ReferralEvent> findByReferralIdOrderByAtAscIdAsc(long referralId);

    /** The timeline events of every referral of a person, latest first. */
    @Query("select e from ReferralEvent e where e.referralId in (select r.id from Referral r where r.person.id = :personId)"
            + " order by e.at desc, e.id desc")
    List<ReferralEvent> findOfPerson(@Param("personId") long personId);

    boolean existsByReferralIdAndTypeAndSiaeId(long referralId, ReferralEventType type, long siaeId);

    /** Person id and SIAE id of every refusal of these persons' referrals. */
    @Query("select r.person.id, e.siaeId from ReferralEvent e, Referral r where e.referralId = r.id "
            + "and e.type = fr.pepites.referral.ReferralEventType.REFUSED and e.siaeId is not null "
            + "and r.person.id in :personIds")
    List<Object[]> findRefusalsOfPersons(@Param("personIds") java.util.Collection<Long> personIds);

    /** When each of these referrals was submitted (its first SUBMITTED event). */
    @Query("select e.referralId, min(e.at) from ReferralEvent e "
            + "where e.type = fr.pepites.referral.ReferralEventType.SUBMITTED and e.referralId in :referralIds "
            + "group by e.referralId")
    List<Object[]> findSubmissionTimes(@Param("referralIds") java.util.Collection<Long> referralIds);
}
