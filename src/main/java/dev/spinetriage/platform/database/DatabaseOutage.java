package dev.spinetriage.platform.database;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure caused by PostgreSQL being unreachable, frozen or too slow (stopped, restarting, network gone, pool
 * exhausted, a timeout) from any other failure. Such a failure is temporary and not the client's fault, so it is
 * answered 503 with Retry-After rather than 500; the connection pool and the background threads recover by
 * themselves once the server is back.
 *
 * <p>Recognised by type and SQLState anywhere in the cause chain (and among suppressed exceptions), whichever layer
 * wrapped it (Hibernate, JTA, the triage recorder, the security layer), never by message text, which drivers and
 * pools word as they like:
 * <ul>
 * <li>SQLState class 08 (connection exception: refused, lost, pgjdbc's socket timeout), 57P01-03 (the server is
 * shutting down, crashed, or not yet accepting connections), 53300 (too many connections), 57014 (statement_timeout
 * cancelled the statement);</li>
 * <li>the JDBC connection exception types, {@link SocketTimeoutException} and {@link ConnectException};</li>
 * <li>Agroal's acquisition timeout: an SQLException without SQLState caused by a {@link TimeoutException}, or thrown
 * by Agroal's pool itself (its only SQLStateless failures: no connection within the acquisition timeout, or the pool
 * is shutting down).</li>
 * </ul>
 * A lock that could not be taken (55P03) is not counted: it is a conflict the caller decides about.
 */
public final class DatabaseOutage {

    private static final String AGROAL_POOL = "io.agroal.pool.";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isOutage(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isOutage(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SocketTimeoutException || t instanceof ConnectException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        return t instanceof SQLException sql && isOutage(sql);
    }

    private static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return e.getCause() instanceof TimeoutException || thrownByAgroalPool(e);
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300") || state.equals("57014");
    }

    private static boolean thrownByAgroalPool(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(AGROAL_POOL);
    }
}
