package fr.pepites.parcours;

import org.springframework.data.domain.Pageable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParcoursRepository extends JpaRepository<Parcours, Long>, JpaSpecificationExecutor<Parcours> {

    /** For the e-mail steps: the parcours with what its e-mails name, in one read. */
    @EntityGraph(attributePaths = {"siae", "jobTitle", "handBackCep", "person"})
    @Query("select p from Parcours p where p.id = :id")
    Optional<Parcours> findForEmail(@Param("id") long id);

    /**
     * The exits of a period, counted by SIAE, category and whether they count (an exit within three months of the
     * start does not): [siae id, category, counted, number]. Read from the exits' index alone (V15), without the
     * organisations, whose names the report reads for its few rows.
     */
    @Query("select p.siaeId, p.exitCategory, p.exitCounted, count(p) from Parcours p"
            + " where p.exitDate between :from and :to group by p.siaeId, p.exitCategory, p.exitCounted")
    List<Object[]> countExits(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select count(p) > 0 from Parcours p where p.person.id = :personId and p.status in :statuses")
    boolean personHasParcoursIn(@Param("personId") long personId, @Param("statuses") Collection<ParcoursStatus> statuses);

    /** For the retention purge: the persons among these with a parcours open, or changed since the cutoff. */
    @Query("select distinct p.person.id from Parcours p where p.person.id in :personIds"
            + " and (p.status <> fr.pepites.parcours.ParcoursStatus.CLOSED or p.updatedAt >= :cutoff)")
    List<Long> findPersonsActiveSince(@Param("personIds") Collection<Long> personIds,
            @Param("cutoff") java.time.Instant cutoff);

    @Query("select p from Parcours p join fetch p.siae where p.person.id = :personId order by p.startDate")
    List<Parcours> findOfPerson(@Param("personId") long personId);

    @Query("select p.id from Parcours p where p.person.id in :personIds")
    List<Long> findIdsOfPersons(@Param("personIds") Collection<Long> personIds);

    /** The persons of an SIAE's current parcours, by name: who it may name in a twinning. */
    @Query("select distinct p.person from Parcours p where p.siaeId = :siaeId and p.status in :statuses")
    List<fr.pepites.directory.Person> findCurrentEmployees(@Param("siaeId") long siaeId,
            @Param("statuses") java.util.Collection<ParcoursStatus> statuses);

    /** The parcours of the persons whose search name is like the pattern, latest first (the inbox's search). */
    @Query("select p.id from Parcours p where p.person.searchName like :pattern order by p.id desc")
    List<Long> findIdsOfPersonsLike(@Param("pattern") String pattern, Pageable page);
}
