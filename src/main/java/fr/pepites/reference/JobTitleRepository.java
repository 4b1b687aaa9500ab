package fr.pepites.reference;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JobTitleRepository extends JpaRepository<JobTitle, String> {

    /** Job titles whose name contains the text, or whose ROME code starts with it. */
    @Query("""
            select j from JobTitle j
            where j.searchName like concat('%', :name, '%') or j.rome.code like concat(:code, '%')
            order by j.name
            """)
    Page<JobTitle> search(@Param("name") String normalizedName, @Param("code") String romeCodePrefix,
            Pageable pageable);
}
