package fr.pepites.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralEventRepository extends JpaRepository<ReferralEvent, Long> {

    List<ReferralEvent> findByReferralIdOrderByAtAscIdAsc(long referralId);

    boolean existsByReferralIdAndTypeAndSiaeId(long referralId, ReferralEventType type, long siaeId);
}
