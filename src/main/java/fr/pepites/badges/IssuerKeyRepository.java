package fr.pepites.badges;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IssuerKeyRepository extends JpaRepository<IssuerKey, Long> {

    /** The key that signs the organisation's new credentials, locked: status indices are handed out one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select k from IssuerKey k where k.organisation.id = ?1 and k.retiredAt is null")
    Optional<IssuerKey> findCurrentForUpdate(long organisationId);

    /** The name of the organisation whose key (current or retired) this did:key is. */
    @Query("select k.organisation.name from IssuerKey k where k.did = ?1")
    Optional<String> findOrganisationNameByDid(String did);

    @Query("select k from IssuerKey k where k.organisation.id = ?1 order by k.createdAt desc, k.id desc")
    List<IssuerKey> findOfOrganisation(long organisationId);
}
