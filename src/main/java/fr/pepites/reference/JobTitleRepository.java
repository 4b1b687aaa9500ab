package fr.pepites.reference;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JobTitleRepository extends JpaRepository<JobTitle, String> {

    /** Job titles whose name matches the LIKE pattern, or whose ROME code starts with the code. */
    @Query("""
            select j from JobTitle j
            where j.searchName like :pattern or j.rome.code like concat(:code, '%')
            order by j.name
            """)
    Page<JobTitle> search(@Param("pattern") String namePattern, @Param("code") String romeCodePrefix,
            Pageable pageable);
}
