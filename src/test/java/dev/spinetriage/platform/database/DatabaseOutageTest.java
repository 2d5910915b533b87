package dev.spinetriage.platform.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as the database being unavailable: types and SQLStates, wherever they sit, never message text. */
class DatabaseOutageTest {

    @ParameterizedTest(name = "SQLState {0}")
    @ValueSource(strings = {"08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300", "57014"})
    void connectionFailuresServerShutdownsTooManyConnectionsAndStatementTimeoutsAreOutages(String state) {
        assertTrue(DatabaseOutage.causedBy(new SQLException("whatever the driver says", state)));
    }

    @ParameterizedTest(name = "SQLState {0}")
    @ValueSource(strings = {"23505", "40001", "55P03", "42P01", "22001", "99999"})
    void constraintSerializationLockSqlAndUnexplainedFailuresAreNot(String state) {
        assertFalse(DatabaseOutage.causedBy(new SQLException("connection refused, acquisition timeout", state)));
    }

    @Test
    void agroalsAcquisitionTimeoutIsAnOutageHoweverItIsWorded() {
        SQLException capitalised = new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException());
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("Could not record", capitalised)));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Délai d'acquisition dépassé", new TimeoutException())));
    }

    @Test
    void anSqlExceptionWithoutStateIsAnOutageOnlyWhenAgroalsPoolThrewIt() {
        SQLException fromPool = new SQLException("Sorry, acquisition timeout!");
        fromPool.setStackTrace(new StackTraceElement[] {new StackTraceElement("io.agroal.pool.ConnectionPool",
                "waitAvailableHandler", "ConnectionPool.java", 1)});
        assertTrue(DatabaseOutage.causedBy(fromPool));
        assertFalse(DatabaseOutage.causedBy(new SQLException("acquisition timeout")), "the words alone are not");
    }

    @Test
    void socketTimeoutsAndConnectionExceptionTypesAreOutagesAnywhereInTheChainOrSuppressed() {
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SocketTimeoutException("Read timed out"))));
        assertTrue(DatabaseOutage.causedBy(new SQLTransientConnectionException("no state")));
        RuntimeException withSuppressed = new RuntimeException("rollback failed");
        withSuppressed.addSuppressed(new SQLException("lost", "08006"));
        assertTrue(DatabaseOutage.causedBy(withSuppressed));
    }

    @Test
    void otherFailuresAreNotAndACyclicChainEnds() {
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("database unreachable")));
        SQLException first = new SQLException("a", "23505");
        SQLException second = new SQLException("b", "22001", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.causedBy(first));
    }
}
