package dev.spinetriage.ruleset;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps every instance on the same active ruleset. Switching the active ruleset announces it with PostgreSQL
 * NOTIFY inside the switching transaction (so it is delivered only if the switch commits); every instance LISTENs
 * and recompiles within a fraction of a second. Notifications sent while an instance was not listening are lost, so
 * each instance also compares the active version with its own periodically and whenever it (re)connects.
 */
@ApplicationScoped
public class RulesetChanges {

    static final String CHANNEL = "ruleset_changed";
    private static final Logger LOG = Logger.getLogger(RulesetChanges.class);
    private static final int WAIT_MILLIS = 250;

    private final AgroalDataSource dataSource;
    private final ActiveRuleset activeRuleset;
    private final Duration pollInterval;
    private volatile boolean running;
    private Thread listener;

    RulesetChanges(AgroalDataSource dataSource, ActiveRuleset activeRuleset, RulesetConfig config) {
        this.dataSource = dataSource;
        this.activeRuleset = activeRuleset;
        this.pollInterval = config.pollInterval();
    }

    /** Tells every instance the active ruleset changed; must run inside the transaction that changed it. */
    public void announce(String version) {
        Panache.getEntityManager().createNativeQuery("SELECT pg_notify('" + CHANNEL + "', ?1)")
                .setParameter(1, version).getSingleResult();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listenUntilShutdown, "ruleset-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.join(2 * WAIT_MILLIS);
        }
    }

    private void listenUntilShutdown() {
        boolean lost = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection, lost);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    lost = true;
                    LOG.warnf("Lost the ruleset-change listener (%s); reconnecting in 1 s", e.getMessage());
                    pause(1000);
                }
            }
        }
    }

    private void listen(Connection connection, boolean afterLoss) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        activeRuleset.reloadIfChanged();
        if (afterLoss) {
            LOG.infof("Ruleset-change listener reconnected; active ruleset checked: %s",
                    activeRuleset.engine().rulesetVersion());
        }
        long nextCheck = System.nanoTime() + pollInterval.toNanos();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                activeRuleset.reloadIfChanged();
            } else if (System.nanoTime() >= nextCheck) {
                activeRuleset.reloadIfChanged();
                nextCheck = System.nanoTime() + pollInterval.toNanos();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
