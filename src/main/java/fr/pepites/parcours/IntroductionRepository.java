package fr.pepites.parcours;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IntroductionRepository extends JpaRepository<Introduction, Long> {

    @Query("select i from Introduction i join fetch i.employer where i.parcours.id = :parcoursId order by i.id")
    List<Introduction> findOfParcours(@Param("parcoursId") long parcoursId);

    @Modifying
    @Query("delete from Introduction i where i.parcours.id in :parcoursIds")
    void deleteOfParcours(@Param("parcoursIds") Collection<Long> parcoursIds);
}
