package fr.pepites.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database's availability (refused or timed-out connections, a server restarting) from other
 * failures: users are then told that the service is briefly unavailable and to try again, not that something went
 * wrong with what they did, nor that their password is wrong.
 */
public final class Outage {

    private Outage() {
    }

    /**
     * True when this failure, one of its causes, or what it replaced (the rollback that failed after a broken
     * connection hides the connection's failure: Spring logs it and throws the rollback's) tells the database is
     * away; a connection's own SQL state (class 08) counts too.
     */
    public static boolean isDatabaseAway(Throwable failure) {
        return isDatabaseAway(failure, 0);
    }

    /** A rollback fails only when its connection is gone (Hibernate's "Unable to rollback against JDBC Connection"). */
    private static boolean isFailedRollback(Throwable t) {
        return t.getClass().getName().equals("org.hibernate.TransactionException") && t.getMessage() != null
                && t.getMessage().startsWith("Unable to rollback");
    }

    private static boolean isDatabaseAway(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || isFailedRollback(t)) {
                return true;
            }
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isDatabaseAway(rollback.getApplicationException(), depth + 1)) {
                return true;
            }
            for (Throwable hidden : t.getSuppressed()) {
                if (isDatabaseAway(hidden, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
