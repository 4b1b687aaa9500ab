package fr.pepites.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CapsuleAttemptRepository extends JpaRepository<CapsuleAttempt, Long> {

    List<CapsuleAttempt> findByAccountId(long accountId);
}
