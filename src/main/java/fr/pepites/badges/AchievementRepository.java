package fr.pepites.badges;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AchievementRepository extends JpaRepository<Achievement, Long>, JpaSpecificationExecutor<Achievement> {

    /** The paths that gather this achievement. */
    @Query("select p from Achievement p join p.members m where m.id = ?1 and p.active = true")
    List<Achievement> findPathsWith(long achievementId);

    @Query("select a from Achievement a join fetch a.issuer where a.active = true order by a.name")
    List<Achievement> findActive();
}
