package fr.pepites.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CapsuleAttemptRepository extends JpaRepository<CapsuleAttempt, Long> {

    List<CapsuleAttempt> findByAccountId(long accountId);

    long countByCapsuleIdAndAccountIdAndAttemptedAtAfter(long capsuleId, long accountId, java.time.Instant after);

    @org.springframework.data.jpa.repository.Query("select max(a.score) from CapsuleAttempt a where a.capsuleId = "
            + ":capsuleId and a.accountId = :accountId and a.passed = true")
    java.util.Optional<Integer> bestPassOf(long capsuleId, long accountId);
}
