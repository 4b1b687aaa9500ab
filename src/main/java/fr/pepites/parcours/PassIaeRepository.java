package fr.pepites.parcours;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PassIaeRepository extends JpaRepository<PassIae, Long> {

    Optional<PassIae> findByPersonId(long personId);

    Optional<PassIae> findByNumber(String number);

    @Modifying
    @Query("delete from PassIae p where p.person.id in :personIds")
    void deleteOfPersons(@Param("personIds") Collection<Long> personIds);
}
