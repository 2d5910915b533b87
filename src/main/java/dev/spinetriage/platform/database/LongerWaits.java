package dev.spinetriage.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Lifts the connection's timeouts (application.properties: statement_timeout, lock_timeout, socketTimeout) for the
 * rest of one transaction, for the few operations that may legitimately wait longer than a request should: say an
 * activation waiting for another one to finish running its golden cases. {@code SET LOCAL} ends with the
 * transaction, and the pool restores the network timeout when the connection is returned, so nothing leaks to the
 * next user of the connection.
 */
public final class LongerWaits {

    private LongerWaits() {
    }

    /** Call inside the transaction (autocommit off): outside one, SET LOCAL would change nothing. */
    public static void forThisTransaction(Connection connection, Duration limit) throws SQLException {
        long millis = limit.toMillis();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL statement_timeout = " + millis + "; SET LOCAL lock_timeout = " + millis);
        }
        // The driver gives up on the socket a little after the server's own limits would have answered.
        connection.setNetworkTimeout(Runnable::run, Math.toIntExact(millis + 1000));
    }
}
