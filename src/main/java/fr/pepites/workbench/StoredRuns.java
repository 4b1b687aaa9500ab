package fr.pepites.workbench;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredRuns extends JpaRepository<StoredRun, String> {

    /** The run, locked until the transaction's end: every node's change to a workbench happens one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from StoredRun r where r.feature = :feature")
    Optional<StoredRun> lock(String feature);

    /** The running node's heartbeat, without changing the run's version (screens need not redraw for it). */
    @Modifying
    @Query("update StoredRun r set r.heartbeatAt = :now where r.feature = :feature and r.node = :node")
    int beat(String feature, String node, Instant now);
}
