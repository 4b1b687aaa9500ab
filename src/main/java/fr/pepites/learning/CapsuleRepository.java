package fr.pepites.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CapsuleRepository extends JpaRepository<Capsule, Long> {

    List<Capsule> findByPublishedTrueOrderByTitle();

    List<Capsule> findAllByOrderByTitle();

    List<Capsule> findByOwnerIdOrderByTitle(long ownerId);
}
