package fr.pepites.parcours;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParcoursEventRepository extends JpaRepository<ParcoursEvent, Long> {

    @Query("select e from ParcoursEvent e where e.parcours.id = :parcoursId order by e.at, e.id")
    List<ParcoursEvent> findOfParcours(@Param("parcoursId") long parcoursId);

    @Query("select e from ParcoursEvent e join fetch e.parcours p where p.person.id = :personId order by e.at desc")
    List<ParcoursEvent> findOfPerson(@Param("personId") long personId);

    @Modifying
    @Query("delete from ParcoursEvent e where e.parcours.id in :parcoursIds")
    void deleteOfParcours(@Param("parcoursIds") Collection<Long> parcoursIds);
}
