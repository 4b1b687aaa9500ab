package fr.pepites.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonFileLogRepository extends JpaRepository<PersonFileEntry, Long> {

    List<PersonFileEntry> findByPersonIdOrderByAtDescIdDesc(long personId);
}
