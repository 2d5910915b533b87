package dev.spinetriage.platform.database;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by PostgreSQL being unreachable (stopped, restarting, network gone, pool exhausted) from any
 * other failure. Such a failure is temporary and not the client's fault, so it is answered 503 with Retry-After
 * rather than 500; the connection pool and the background threads recover by themselves once the server is back.
 *
 * <p>The failure is recognised by the SQLException somewhere in its cause chain, whichever layer wrapped it
 * (Hibernate, JTA, the triage recorder, the security layer): its SQLState class 08 (connection exception), 57P01-03
 * (the server is shutting down, crashed, or not yet accepting connections), 53300 (too many connections), or Agroal's
 * acquisition timeout, which comes without a SQLState.
 */
public final class DatabaseOutage {

    private static final String AGROAL_ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof SQLException sql && isOutage(sql)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            String message = e.getMessage();
            return message != null && message.contains(AGROAL_ACQUISITION_TIMEOUT);
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300");
    }
}
