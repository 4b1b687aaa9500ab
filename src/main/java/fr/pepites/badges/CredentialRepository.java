package fr.pepites.badges;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CredentialRepository extends JpaRepository<Credential, Long>, JpaSpecificationExecutor<Credential> {

    @Query("select c from Credential c join fetch c.achievement a join fetch a.issuer join fetch c.key "
            + "where c.publicId = ?1")
    Optional<Credential> findByPublicId(String publicId);

    @Query("select c from Credential c join fetch c.achievement where c.person.id = ?1 order by c.issuedAt desc")
    List<Credential> findOfPerson(long personId);

    @Query("select c from Credential c join fetch c.achievement where c.account.id = ?1 order by c.issuedAt desc")
    List<Credential> findOfAccount(long accountId);

    @Query("select c from Credential c where c.key.id = ?1 and c.statusIndex = ?2")
    Optional<Credential> findByKeyAndIndex(long keyId, int statusIndex);

    /** How many valid credentials came from this source (a twinning's earners: TSF-12). */
    long countBySourceAndSourceRefAndRevokedAtIsNull(CredentialSource source, String sourceRef);

    /** Forgets the persons whose files the retention purge deletes: their credentials stay, unlinked. */
    @Modifying
    @Query("update Credential c set c.person = null, c.recipientEmail = null, c.holding = null "
            + "where c.person.id in ?1")
    void forgetPersons(Collection<Long> personIds);

    /** The achievement's credentials, newest first. */
    @Query("select c from Credential c where c.achievement.id = ?1 order by c.issuedAt desc, c.id desc")
    List<Credential> findOfAchievement(long achievementId);

    /**
     * Frees a badge held once from its holder's expired credential, before it is awarded again; a bulk update, so
     * that two awards at the same instant do not conflict on the version of the expired one but on the new ones.
     */
    @Modifying
    @Query("update Credential c set c.holding = null where c.holding = ?1 and c.validUntil <= ?2")
    void releaseExpired(String holding, Instant now);

    /** The status indices revoked in one key's list. */
    @Query("select c.statusIndex from Credential c where c.key.id = ?1 and c.revokedAt is not null")
    List<Integer> findRevokedIndices(long keyId);
}
