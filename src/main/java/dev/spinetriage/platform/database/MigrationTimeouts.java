package dev.spinetriage.platform.database;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrations run without the request-sized timeouts: an index built over a large table may take minutes, and an
 * application that cannot finish its migration does not start at all. Each migration gets {@link #LIMIT} instead,
 * through {@link LongerWaits} inside its own transaction (a migration Flyway runs outside a transaction, e.g. CREATE
 * INDEX CONCURRENTLY, keeps the default limits and must be written to stay within them).
 */
@Singleton
public class MigrationTimeouts implements FlywayConfigurationCustomizer {

    static final Duration LIMIT = Duration.ofHours(1);

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new LiftTimeouts());
    }

    private static final class LiftTimeouts extends BaseCallback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                if (!context.getConnection().getAutoCommit()) {
                    LongerWaits.forThisTransaction(context.getConnection(), LIMIT);
                }
            } catch (SQLException e) {
                throw new FlywayException("Could not lift the timeouts for a migration", e);
            }
        }
    }
}
