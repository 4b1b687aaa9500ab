package fr.pepites.directory;

import jakarta.persistence.QueryHint;
import java.util.List;
import fr.pepites.security.Role;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    boolean existsByRoleAndActiveTrue(Role role);

    /**
     * The addresses of an organisation's active accounts, without loading the accounts. Read by the actions that
     * notify (referrals and the like), which never change an account: nothing pending needs flushing first, and
     * checking that would cost a pass over every entity of the action.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select u.email from UserAccount u where u.organisation.id = :organisationId and u.active = true"
            + " order by u.email")
    List<String> findActiveEmails(@Param("organisationId") long organisationId);

    /** The same, for the accounts of one role (e.g. an SIAE's directors). */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select u.email from UserAccount u where u.organisation.id = :organisationId and u.role = :role"
            + " and u.active = true order by u.email")
    List<String> findActiveEmailsOfRole(@Param("organisationId") long organisationId, @Param("role") Role role);

    /** The active accounts of an organisation, by name (an SIAE's staff named in a twinning). */
    @Query("select u from UserAccount u where u.organisation.id = :organisationId and u.active = true"
            + " order by u.fullName")
    List<UserAccount> findActiveOf(@Param("organisationId") long organisationId);

    /** The addresses of every active account of one role, whatever its organisation (the network's coordinators). */
    @Query("select u.email from UserAccount u where u.role = :role and u.active = true order by u.email")
    List<String> findActiveEmailsOfRole(@Param("role") Role role);
}
