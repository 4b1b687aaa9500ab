package fr.pepites.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    /** The addresses of an organisation's active accounts, without loading the accounts. */
    @Query("select u.email from UserAccount u where u.organisation.id = :organisationId and u.active = true"
            + " order by u.email")
    List<String> findActiveEmails(@Param("organisationId") long organisationId);
}
