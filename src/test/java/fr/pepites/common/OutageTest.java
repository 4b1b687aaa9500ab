package fr.pepites.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

class OutageTest {

    /**
     * What a request met in a clean run: the broken connection's failure hidden by the rollback's, whose cause is
     * HikariCP's "Connection is closed" without an SQL state.
     */
    @Test
    void aRollbackThatFailedOnAClosedConnectionTellsTheDatabaseIsAway() {
        JpaSystemException rollback = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(Outage.isDatabaseAway(rollback)).isTrue();
        assertThat(Outage.isDatabaseAway(new SQLException("Connection is closed", "08003"))).isTrue();
    }

    @Test
    void aFailureHiddenBehindAnotherIsFoundAmongItsSuppressed() {
        IllegalStateException shown = new IllegalStateException("rollback failed");
        shown.addSuppressed(new SQLException("Connection refused", "08001"));
        assertThat(Outage.isDatabaseAway(shown)).isTrue();
    }

    @Test
    void aFailureReplacedByItsFailedRollbackIsFoundBehindIt() {
        // Spring's TransactionTemplate throws the rollback's failure and keeps the one it replaced.
        org.springframework.transaction.TransactionSystemException rollback =
                new org.springframework.transaction.TransactionSystemException("Application exception overridden");
        rollback.initApplicationException(new SQLException("Connection refused", "08001"));
        assertThat(Outage.isDatabaseAway(rollback)).isTrue();
    }

    @Test
    void aMistakeOfTheApplicationIsNoOutage() {
        assertThat(Outage.isDatabaseAway(new IllegalStateException("bug", new SQLException("syntax", "42000"))))
                .isFalse();
    }
}
