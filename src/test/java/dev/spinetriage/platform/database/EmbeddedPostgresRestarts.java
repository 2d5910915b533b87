package dev.spinetriage.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Stops, starts, freezes and kills the embedded PostgreSQL under the running test application, as an operator's
 * restart or a failure would: the same data folder, port and settings, with the server's own pg_ctl, or signals to
 * its processes. Everything it needs is read from the running server (its data folder, and there
 * {@code postmaster.opts}: the exact command line it was started with, and {@code postmaster.pid}), so the
 * application needs no hook for it. Empty when the tests run against an external server, which is not ours to stop.
 */
final class EmbeddedPostgresRestarts {

    private static final Duration PG_CTL_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Path pgCtl;
    private final String serverOptions;

    private EmbeddedPostgresRestarts(Path dataDir, Path pgCtl, String serverOptions) {
        this.dataDir = dataDir;
        this.pgCtl = pgCtl;
        this.serverOptions = serverOptions;
    }

    static Optional<EmbeddedPostgresRestarts> of(DataSource database) throws SQLException, IOException {
        String externalUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return Optional.empty();
        }
        Path dataDir;
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SHOW data_directory")) {
            row.next();
            dataDir = Path.of(row.getString(1));
        }
        // PostgreSQL writes it as: /path/to/bin/postgres "-D" "/data" "-p" "5432" "-c" "fsync=on" ...
        String commandLine = Files.readString(dataDir.resolve("postmaster.opts")).trim();
        int firstQuote = commandLine.indexOf(" \"");
        Path postgres = Path.of(commandLine.substring(0, firstQuote));
        return Optional.of(new EmbeddedPostgresRestarts(dataDir, postgres.resolveSibling("pg_ctl"),
                commandLine.substring(firstQuote + 1)));
    }

    /**
     * A fast shutdown, as on a restart: sessions are disconnected, open transactions rolled back. Returns once that
     * postmaster has exited. Not pg_ctl's own wait: it waits for the pid file to go, and the application's supervisor
     * may start the server again within its next second, writing a new pid file that pg_ctl then waits on until its
     * timeout (seen once in a full suite run, after the killed-server test had left the supervisor's checks aligned).
     */
    void stop() {
        ProcessHandle stopping = postmaster();
        pgCtl(false, "stop", "-m", "fast");
        try {
            stopping.onExit().get(PG_CTL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("postmaster " + stopping.pid() + " did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the server to stop", e);
        }
    }

    /** Starts the server, unless the application's supervisor was faster and it runs already. */
    void start() {
        if (isRunning()) {
            return;
        }
        try {
            startWithPgCtl();
        } catch (IllegalStateException lostTheRace) {
            if (!isRunning()) {
                throw lostTheRace;
            }
        }
    }

    boolean isRunning() {
        try {
            return postmaster().isAlive();
        } catch (IllegalStateException noPidFile) {
            return false;
        }
    }

    /** SIGSTOP to the postmaster and all its processes: the server hangs, its sockets stay open. */
    void freeze() {
        ProcessHandle postmaster = postmaster();
        signal("-STOP", postmaster);
        postmaster.descendants().forEach(child -> signal("-STOP", child));
    }

    void thaw() {
        ProcessHandle postmaster = postmaster();
        postmaster.descendants().forEach(child -> signal("-CONT", child));
        signal("-CONT", postmaster);
    }

    /** kill -9 of the postmaster, as a crash or the OOM killer would; its processes end when they notice. */
    long kill() {
        ProcessHandle postmaster = postmaster();
        signal("-KILL", postmaster);
        return postmaster.pid();
    }

    private ProcessHandle postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("postmaster " + pid + " gone"));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No running postmaster in " + dataDir, e);
        }
    }

    private static void signal(String signal, ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling", e);
        }
    }

    private void startWithPgCtl() {
        pgCtl(true, "start", "-o", serverOptions, "-l",
                dataDir.resolveSibling(dataDir.getFileName() + "-restart.log").toString());
    }

    /** Runs pg_ctl; {@code wait}: with its own wait for the outcome (-w, up to 60 s), else without (-W). */
    private void pgCtl(boolean wait, String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; io.zonky starts it in a user namespace the same way.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString()));
        command.addAll(wait ? List.of("-w", "-t", Long.toString(PG_CTL_TIMEOUT.toSeconds())) : List.of("-W"));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("pg_ctl", ".log");
            // Output to a file, not a pipe: the server started by pg_ctl inherits it and keeps it open.
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(PG_CTL_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(output));
            }
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run pg_ctl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running pg_ctl", e);
        }
    }
}
