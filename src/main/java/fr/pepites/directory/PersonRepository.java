package fr.pepites.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    /** Persons of this normalised name born that day, in every organisation (index on both columns). */
    @Query("select p from Person p where p.searchName = :searchName and p.birthDate = :birthDate")
    List<Person> findByNameAndBirthDate(@Param("searchName") String searchName,
            @Param("birthDate") LocalDate birthDate);

    /**
     * The next persons, by id, created before the cutoff and whose form has not changed since (the retention purge's
     * candidates; their referrals are checked by the referral feature).
     */
    @Query("select p.id from Person p where p.id > :afterId and p.createdAt < :cutoff and not exists (select e.id"
            + " from PersonFileEntry e where e.person.id = p.id"
            + " and e.action = fr.pepites.directory.PersonFileEntry.Action.CHANGE and e.at >= :cutoff) order by p.id")
    List<Long> findUnchangedSince(@Param("cutoff") Instant cutoff, @Param("afterId") long afterId, Limit limit);

    @Modifying
    @Query("delete from Person p where p.id in :ids")
    int deleteByIds(@Param("ids") Collection<Long> ids);
}
