package fr.pepites.workbench;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredSubjects extends JpaRepository<StoredSubject, Long> {

    List<StoredSubject> findByFeature(String feature);

    @Modifying
    @Query("delete from StoredSubject s where s.feature = :feature")
    void deleteByFeature(String feature);
}
