package fr.pepites.directory;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonFileLogRepository extends JpaRepository<PersonFileEntry, Long> {

    List<PersonFileEntry> findByPersonIdOrderByAtDescIdDesc(long personId);

    @Modifying
    @Query("delete from PersonFileEntry e where e.person.id in :personIds")
    int deleteByPersonIds(@Param("personIds") Collection<Long> personIds);
}
