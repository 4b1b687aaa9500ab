package fr.pepites.common;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells the connection pool to drop a connection whose database went away under it (a restarted server), so that the
 * requests after the database's return get fresh connections: PostgreSQL's "connection" errors are recognised by the
 * pool already; H2's server says "connection broken" (90067) or "database closed" (90121) in codes of its own.
 */
public class BrokenConnections implements SQLExceptionOverride {

    private static final int H2_CONNECTION_BROKEN = 90067;
    private static final int H2_DATABASE_CLOSED = 90121;

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        boolean broken = failure instanceof SQLNonTransientConnectionException
                || failure.getErrorCode() == H2_CONNECTION_BROKEN || failure.getErrorCode() == H2_DATABASE_CLOSED;
        return broken ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
