package dev.spinetriage.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Lifts the connection's timeouts (application.properties: statement_timeout, lock_timeout, socketTimeout) for the
 * rest of one transaction, for the few operations that may legitimately wait longer than a request should: say an
 * activation waiting for another one to finish running its golden cases, or a migration. {@code SET LOCAL} ends with
 * the transaction by itself; the driver's network timeout is put back by {@link #close}, which must run before the
 * connection goes back to the pool (try-with-resources around the transaction's work).
 */
public final class LongerWaits implements AutoCloseable {

    private final Connection connection;
    private final int networkTimeoutBefore;

    private LongerWaits(Connection connection, int networkTimeoutBefore) {
        this.connection = connection;
        this.networkTimeoutBefore = networkTimeoutBefore;
    }

    /** Call inside the transaction (autocommit off): outside one, SET LOCAL would change nothing. */
    public static LongerWaits forThisTransaction(Connection connection, Duration limit) throws SQLException {
        long millis = limit.toMillis();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL statement_timeout = " + millis + "; SET LOCAL lock_timeout = " + millis);
        }
        LongerWaits lifted = new LongerWaits(connection, connection.getNetworkTimeout());
        // The driver gives up on the socket a little after the server's own limits would have answered.
        connection.setNetworkTimeout(Runnable::run, Math.toIntExact(millis + 1000));
        return lifted;
    }

    @Override
    public void close() throws SQLException {
        connection.setNetworkTimeout(Runnable::run, networkTimeoutBefore);
    }
}
