package fr.pepites.twinning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeRepository extends JpaRepository<Theme, String> {

    @Query("select t from Theme t order by t.position, t.label")
    List<Theme> findAllInOrder();

    Optional<Theme> findByLabelIgnoreCase(String label);

    @Query("select coalesce(max(t.position), 0) from Theme t")
    int lastPosition();
}
