package fr.pepites.referral;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralEventRepository extends JpaRepository<ReferralEvent, Long> {

    @Query("select e from ReferralEvent e where e.referral.id = :referralId order by e.at, e.id")
    List<ReferralEvent> findOfReferral(@Param("referralId") long referralId);

    /** The timeline events of every referral of a person, latest first. */
    @Query("select e from ReferralEvent e where e.referral.person.id = :personId"
            + " order by e.at desc, e.id desc")
    List<ReferralEvent> findOfPerson(@Param("personId") long personId);

    @Query("select count(e) > 0 from ReferralEvent e where e.referral.id = :referralId and e.type = :type"
            + " and e.siaeId = :siaeId")
    boolean wasBy(@Param("referralId") long referralId, @Param("type") ReferralEventType type,
            @Param("siaeId") long siaeId);

    /** Person id and SIAE id of every refusal of these persons' referrals. */
    @Query("select e.referral.person.id, e.siaeId from ReferralEvent e "
            + "where e.type = fr.pepites.referral.ReferralEventType.REFUSED and e.siaeId is not null "
            + "and e.referral.person.id in :personIds")
    List<Object[]> findRefusalsOfPersons(@Param("personIds") java.util.Collection<Long> personIds);

    /** When each of these referrals was submitted (its first SUBMITTED event). */
    @Query("select e.referral.id, min(e.at) from ReferralEvent e "
            + "where e.type = fr.pepites.referral.ReferralEventType.SUBMITTED and e.referral.id in :referralIds "
            + "group by e.referral.id")
    List<Object[]> findSubmissionTimes(@Param("referralIds") java.util.Collection<Long> referralIds);
}
