package fr.pepites.twinning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TwinningEventRepository extends JpaRepository<TwinningEvent, Long> {

    @Query("select e from TwinningEvent e where e.twinning.id = ?1 order by e.at desc, e.id desc")
    List<TwinningEvent> findOfTwinning(long twinningId);
}
