package fr.pepites.parcours;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BadgeProposalRepository extends JpaRepository<BadgeProposal, Long> {

    @Query("select b from BadgeProposal b left join fetch b.jobTitle where b.parcours.id = :parcoursId order by b.id")
    List<BadgeProposal> findOfParcours(@Param("parcoursId") long parcoursId);

    /** Every proposal with its person, parcours and SIAE, newest first: the badges feature's list to decide. */
    @Query("select b from BadgeProposal b join fetch b.person join fetch b.parcours p join fetch p.siae "
            + "left join fetch b.jobTitle order by b.proposedAt desc, b.id desc")
    List<BadgeProposal> findAllToDecide();

    @Modifying
    @Query("delete from BadgeProposal b where b.parcours.id in :parcoursIds")
    void deleteOfParcours(@Param("parcoursIds") Collection<Long> parcoursIds);
}
