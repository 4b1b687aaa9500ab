package fr.pepites.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AwardRuleRepository extends JpaRepository<AwardRule, Long> {

    Optional<AwardRule> findByAchievementId(long achievementId);

    List<AwardRule> findByActiveTrueAndKindIn(java.util.Collection<ActivityKind> kinds);

    List<AwardRule> findByActiveTrue();
}
