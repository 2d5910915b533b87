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
 * through {@link LongerWaits} inside its own transaction, and the connection its usual timeouts back afterwards (a migration Flyway runs outside a transaction, e.g. CREATE
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

        /** The migration running now (Flyway runs them one at a time); null between migrations. */
        private LongerWaits lifted;

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                    || event == Event.AFTER_EACH_MIGRATE_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                if (event == Event.BEFORE_EACH_MIGRATE) {
                    if (!context.getConnection().getAutoCommit()) {
                        lifted = LongerWaits.forThisTransaction(context.getConnection(), LIMIT);
                    }
                } else if (lifted != null) {
                    lifted.close();
                    lifted = null;
                }
            } catch (SQLException e) {
                throw new FlywayException("Could not lift the timeouts for a migration", e);
            }
        }
    }
}
