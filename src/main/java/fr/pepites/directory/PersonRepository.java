package fr.pepites.directory;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    /** Persons of this normalised name born that day, in every organisation (index on both columns). */
    @Query("select p from Person p where p.searchName = :searchName and p.birthDate = :birthDate")
    List<Person> findByNameAndBirthDate(@Param("searchName") String searchName,
            @Param("birthDate") LocalDate birthDate);
}
