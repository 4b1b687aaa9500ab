package fr.pepites.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingOfferRepository extends JpaRepository<TrainingOffer, Long> {

    List<TrainingOffer> findByOrganiserIdOrderByTitle(long organiserId);

    List<TrainingOffer> findAllByOrderByTitle();
}
