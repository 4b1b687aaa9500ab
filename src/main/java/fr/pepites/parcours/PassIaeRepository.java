package fr.pepites.parcours;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface PassIaeRepository extends JpaRepository<PassIae, Long> {

    /*
     * Read by the acceptance of a referral, which changes no PASS before: nothing pending needs flushing first, and
     * checking that would cost a pass over every entity of the action (as UserAccountRepository's e-mail reads).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<PassIae> findByPersonId(long personId);

    /** The person's PASS and the one of this number, if any (the same, another person's, or none): one read. */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select p from PassIae p where p.person.id = :personId or p.number = :number")
    List<PassIae> findOfPersonOrNumbered(@Param("personId") long personId, @Param("number") String number);

    @Modifying
    @Query("delete from PassIae p where p.person.id in :personIds")
    void deleteOfPersons(@Param("personIds") Collection<Long> personIds);
}
