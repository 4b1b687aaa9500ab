package fr.pepites.reference;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommuneRepository extends JpaRepository<Commune, String> {

    /** Communes whose name starts with the text, or whose postal codes contain it; largest first. */
    @Query(value = """
            select c from Commune c
            where c.searchName like concat(:name, '%') or c.postalCodes like concat('%', :postalCode, '%')
            order by c.population desc, c.name
            """)
    Page<Commune> search(@Param("name") String normalizedName, @Param("postalCode") String postalCode,
            Pageable pageable);
}
