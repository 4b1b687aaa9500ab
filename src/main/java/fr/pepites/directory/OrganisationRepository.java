package fr.pepites.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrganisationRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

    boolean existsBySiret(String siret);

    Optional<Organisation> findBySiret(String siret);

    boolean existsBySiretAndIdNot(String siret, Long id);
}
