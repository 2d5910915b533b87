package dev.spinetriage.admin;

import java.sql.SQLException;

/** Reads PostgreSQL's SQLState through the layers (Hibernate, JTA) that wrap the driver's exception. */
final class SqlStates {

    private SqlStates() {}

    static boolean causedBy(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
