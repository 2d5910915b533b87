package dev.spinetriage.platform.embeddedpostgres;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Stops the embedded PostgreSQL when this JVM dies without a shutdown (kill -9, the OOM killer), which no shutdown
 * hook can do: a tiny {@code /bin/sh} loop checks once a second that the JVM's pid is alive, and once it is gone asks
 * the postmaster for a fast shutdown (SIGINT), then an immediate one (SIGQUIT) if it still runs 10 s later. It ends
 * by itself when the postmaster is gone. Where there is no /bin/sh (Windows), there is no watchdog: the next start
 * stops the server left behind instead ({@link EmbeddedPostgresServer}). The pid is checked, not the program: were
 * the JVM's pid reused within that second, the server would simply be stopped by the next start.
 */
final class Watchdog {

    private static final Logger LOG = Logger.getLogger(Watchdog.class);
    private static final File SHELL = new File("/bin/sh");
    private static final String SCRIPT = """
            while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done
            kill -0 "$2" 2>/dev/null || exit 0
            kill -INT "$2"
            i=0
            while kill -0 "$2" 2>/dev/null && [ "$i" -lt 10 ]; do sleep 1; i=$((i + 1)); done
            kill -QUIT "$2" 2>/dev/null
            exit 0
            """;

    private Watchdog() {
    }

    /** Watches the postmaster for as long as this JVM lives; empty where no /bin/sh is available. */
    static Optional<Process> watch(long postmasterPid) {
        return watch(ProcessHandle.current().pid(), postmasterPid);
    }

    /** Stops the postmaster once the owner process is gone. */
    static Optional<Process> watch(long ownerPid, long postmasterPid) {
        if (!SHELL.canExecute()) {
            return Optional.empty();
        }
        try {
            Process watchdog = new ProcessBuilder(SHELL.getPath(), "-c", SCRIPT, "embedded-postgres-watchdog",
                    Long.toString(ownerPid), Long.toString(postmasterPid))
                    .redirectInput(new File("/dev/null")).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true).start();
            return Optional.of(watchdog);
        } catch (IOException e) {
            LOG.warnf("No watchdog for the embedded PostgreSQL (it outlives a killed JVM; the next start stops it): %s",
                    e.getMessage());
            return Optional.empty();
        }
    }
}
