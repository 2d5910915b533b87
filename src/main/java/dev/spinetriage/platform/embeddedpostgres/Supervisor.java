package dev.spinetriage.platform.embeddedpostgres;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded PostgreSQL running: once a second it checks that the postmaster is alive, and starts it again
 * (same folder, same port) when it is not, say after a crash or a kill. Meanwhile requests that need the database
 * are answered 503 and readiness is DOWN; liveness stays UP, because restarting the application would not help and
 * this does. A frozen server (SIGSTOP) is alive and left alone: the timeouts answer for it. Each postmaster it starts
 * gets a {@link Watchdog}.
 */
final class Supervisor {

    private static final Logger LOG = Logger.getLogger(Supervisor.class);
    private static final long CHECK_EVERY_MILLIS = 1000;

    private final EmbeddedPostgresServer server;
    private ScheduledExecutorService checks;
    private long watchedPid = -1;
    private Optional<Process> watchdog = Optional.empty();
    private boolean down;

    Supervisor(EmbeddedPostgresServer server) {
        this.server = server;
    }

    synchronized void start() {
        checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Returns once no check runs any more, so none can start the server again while it is being stopped. */
    void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = checks;
            checks = null;
        }
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            watchdog.ifPresent(Process::destroy);
            watchdog = Optional.empty();
            watchedPid = -1;
        }
    }

    /** A postmaster is running (started here, or by an operator's pg_ctl): watch it. */
    synchronized void watching(long postmasterPid) {
        if (postmasterPid != watchedPid) {
            watchdog.ifPresent(Process::destroy);
            watchdog = Watchdog.watch(postmasterPid);
            watchedPid = postmasterPid;
        }
    }

    private void check() {
        try {
            Optional<PostmasterPid> postmaster = PostmasterPid.runningIn(server.dataDir());
            if (postmaster.isPresent()) {
                watching(postmaster.get().pid());
                return;
            }
            if (!down) {
                LOG.warn("Embedded PostgreSQL is not running: starting it again");
                down = true;
            }
            server.startPostmaster();
            LOG.info("Embedded PostgreSQL started again");
            down = false;
        } catch (IOException | RuntimeException e) {
            // Typically the killed server's last processes still hold its shared memory for a moment: next second.
            LOG.debugf("Embedded PostgreSQL could not be started again yet: %s", e.getMessage());
        }
    }
}
