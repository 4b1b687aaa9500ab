package fr.pepites.twinning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, Long> {

    /** With its themes and closures: the manager's page shows them after the transaction. */
    @EntityGraph(attributePaths = {"themes", "closures"})
    Optional<Offer> findByTiersLieuId(long tiersLieuId);

    /** The offers of active tiers-lieux with at least one theme and open day, as the solver reads them. */
    @Query("select o from Offer o join fetch o.tiersLieu t left join fetch t.commune where t.active = true "
            + "order by t.name")
    List<Offer> findOfActiveTiersLieux();
}
