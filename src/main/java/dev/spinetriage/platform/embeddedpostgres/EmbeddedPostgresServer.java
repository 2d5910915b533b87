package dev.spinetriage.platform.embeddedpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * One PostgreSQL 17 server per JVM, from the Maven Central binaries of io.zonky.test ({@link PostgresBinaries}). With
 * a data folder it keeps its data across restarts; without one it runs in a throw-away folder deleted when it stops.
 *
 * <p>Only password authentication (scram-sha-256), for a password generated on the first start and kept in the data
 * folder ({@link PasswordFile}); pg_hba.conf is written on every start, so no {@code trust} line survives from an
 * older install, whose server is moved to a generated password on its first start with this version. A server left
 * running by a killed JVM is stopped before starting ({@link #stopLeftover}); a server that dies is started again by
 * the {@link Supervisor}; a JVM killed without a shutdown takes its server with it ({@link Watchdog}).
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String DATABASE = "spinetriage";
    /** What versions before 1.1 (trust, then this fixed password) left in their data folders. */
    private static final String LEGACY_PASSWORD = "postgres";
    private static final String INVALID_PASSWORD = "28P01";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private static EmbeddedPostgresServer running;

    private final PostgresBinaries binaries;
    private final Path dataDir;
    private final boolean throwAway;
    private final int port;
    private final String password;
    private final Supervisor supervisor;

    private EmbeddedPostgresServer(PostgresBinaries binaries, Path dataDir, boolean throwAway, int port,
            String password) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.throwAway = throwAway;
        this.port = port;
        this.password = password;
        this.supervisor = new Supervisor(this);
    }

    static synchronized EmbeddedPostgresServer startOnce(String dataDir) {
        if (running == null) {
            running = start(dataDir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dataDir)));
        }
        return running;
    }

    static synchronized void stopIfRunning() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    /** Starts a server on the folder (empty: a throw-away one), stopping first one a killed JVM left running there. */
    static EmbeddedPostgresServer start(Optional<Path> dataDir) {
        long started = System.nanoTime();
        try {
            PostgresBinaries binaries = PostgresBinaries.unpack();
            Path folder = dataDir.isPresent() ? dataDir.get().toAbsolutePath().normalize()
                    : Files.createTempDirectory("spinetriage-postgres");
            stopLeftover(binaries, folder);
            String password = initOrReadPassword(binaries, folder);
            PgHba.writeTo(folder);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, folder, dataDir.isEmpty(),
                    freePort(), password);
            server.startPostmaster();
            server.prepareDatabase();
            server.supervisor.start();
            LOG.infof("Embedded PostgreSQL started in %d ms (%s)",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), server.description());
            LOG.debugf("Embedded PostgreSQL listens on 127.0.0.1:%d", server.port);
            return server;
        } catch (IOException | SQLException e) {
            throw new UncheckedIOException(new IOException("Could not start the embedded PostgreSQL (data folder: '"
                    + dataDir.map(Path::toString).orElse("throw-away") + "'): " + e.getMessage(), e));
        }
    }

    /** Loopback only, so no TLS (the server has none): the driver would otherwise ask for it on every connection. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=" + USER + "&password=" + password
                + "&sslmode=disable";
    }

    Path dataDir() {
        return dataDir;
    }

    int port() {
        return port;
    }

    /** Fast shutdown (sessions disconnected, open transactions rolled back), immediate if that does not end it. */
    void stop() {
        supervisor.stop();
        stopServerIn(binaries, dataDir);
        LOG.infof("Embedded PostgreSQL stopped (%s)", description());
        if (throwAway) {
            deleteFolder();
        }
    }

    /** Starts the postmaster again on the same folder and port (the application's URL stays valid). */
    synchronized void startPostmaster() throws IOException {
        Path log = dataDir.resolve("server.log");
        binaries.run("pg_ctl", "-D", dataDir.toString(), "-l", log.toString(), "-w", "-t", "60", "-o",
                serverOptions(), "start");
        PostmasterPid.runningIn(dataDir).ifPresent(postmaster -> supervisor.watching(postmaster.pid()));
    }

    private String serverOptions() {
        // Only loopback TCP; no Unix socket, so no socket file for other local users to find.
        return String.join(" ", "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=", "-c", "password_encryption=scram-sha-256",
                "-c", "timezone=UTC", "-c", "max_connections=300",
                // Acknowledged triages must survive a crash: never the test-speed settings.
                "-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "full_page_writes=on",
                // Checkpoints less often than PostgreSQL's defaults (1 GB, 5 min): under a steady stream of triages
                // (~4 kB of WAL each) a 1 GB budget meant a checkpoint every ~30 s, and each one's closing fsync of
                // the table stalled every commit behind it for tens of milliseconds (bench/HISTORY.md, 2026-12-01).
                // The cost: up to 4 GB of WAL on disk under sustained load (min_wal_size stays 80 MB when idle) and
                // a longer replay after a crash. Nothing becomes less durable: every commit still waits for its
                // WAL flush.
                "-c", "max_wal_size=4GB", "-c", "checkpoint_timeout=15min",
                // A new WAL segment is created by its size's last byte, not by writing 16 MB of zeros first. The
                // backend that needs the segment creates it while holding the WAL write lock, so under full load
                // the zero-fill and its fsync held every commit for 40-60 ms, about twice a second while pg_wal
                // grew (bench/HISTORY.md, 2026-12-01). Equally durable: fdatasync also flushes the block allocation
                // a write into the file's hole needs. The cost: every commit that writes into a new segment's hole
                // also commits that allocation to the file system's journal, until a checkpoint has recycled old
                // segments (already written) as new ones; the first starts after 15 minutes or ~2 GB of WAL and
                // recycles when it ends. Measured against recycled segments: 28-48 µs more of PostgreSQL's CPU per
                // triage, and recycled ones allowed 15-45% more triages a second (bench/HISTORY.md, sixth session);
                // 1 MB segments zero-filled at creation did not measurably help. And, on a full disk, a WAL write
                // fails rather than the segment's creation: the server stops either way, and nothing committed is
                // lost.
                "-c", "wal_init_zero=off",
                // Table pages reach the disk a few at a time instead of in a burst every 30 s. PostgreSQL extends
                // triage_record a page at a time by writing zeros, and writes each page's content only when it is
                // evicted from shared buffers; the kernel meanwhile holds about shared_buffers of dirty pages, and its
                // 30 s expiry wrote them all at once, holding every commit's WAL flush behind them for 100-450 ms
                // (bench/HISTORY.md, 2026-12-01, fourth session). So: smaller buffers (the hot set is the rules, the
                // keys and the right-hand edge of the indexes, a few MB; the table only grows at its end), a
                // background writer that keeps up with a full load, so commits rarely evict dirty pages themselves,
                // and writeback started after every 256 kB a backend or vacuum writes (the background writer already
                // does so, every 512 kB). Durability is unchanged: these only start the kernel's writeback earlier.
                "-c", "shared_buffers=32MB", "-c", "backend_flush_after=256kB",
                "-c", "bgwriter_delay=50ms", "-c", "bgwriter_lru_maxpages=400");
    }

    private static String initOrReadPassword(PostgresBinaries binaries, Path folder) throws IOException {
        Path file = PasswordFile.in(folder);
        if (Files.exists(folder.resolve("PG_VERSION"))) {
            return Files.exists(file) ? PasswordFile.read(file) : newPasswordForOlderInstall(file);
        }
        String password = PasswordFile.generate();
        Path initdbCopy = PasswordFile.temporary(password);
        try {
            binaries.run("initdb", "--auth=scram-sha-256", "--pwfile=" + initdbCopy, "-U", USER, "-E", "UTF-8",
                    "--no-instructions", "-D", folder.toString());
        } finally {
            Files.deleteIfExists(initdbCopy);
        }
        PasswordFile.write(file, password);
        return password;
    }

    /** A folder from before password files: the server's password is changed to this one once it runs. */
    private static String newPasswordForOlderInstall(Path file) throws IOException {
        String password = PasswordFile.generate();
        PasswordFile.write(file, password);
        return password;
    }

    private void prepareDatabase() throws SQLException {
        try (Connection connection = connectToPostgres(); Statement statement = connection.createStatement()) {
            var existing = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!existing.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    private Connection connectToPostgres() throws SQLException {
        try {
            return connect(password);
        } catch (SQLException e) {
            if (!INVALID_PASSWORD.equals(e.getSQLState())) {
                throw e;
            }
            try (Connection older = connect(LEGACY_PASSWORD); Statement statement = older.createStatement()) {
                statement.execute("ALTER USER " + USER + " PASSWORD '" + password + "'");
                LOG.info("Embedded PostgreSQL: the superuser's password is now the one in " + PasswordFile.NAME);
            }
            return connect(password);
        }
    }

    private Connection connect(String secret) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", secret);
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }

    /** Stops a server a killed JVM left running on the folder, so this start does not fail on its pid file. */
    static void stopLeftover(PostgresBinaries binaries, Path folder) {
        Optional<PostmasterPid> leftover = PostmasterPid.runningIn(folder);
        if (leftover.isPresent()) {
            LOG.warnf("A PostgreSQL (pid %d) still runs on %s, left behind by an earlier run: stopping it",
                    leftover.get().pid(), folder);
            stopServerIn(binaries, folder);
        }
    }

    private static void stopServerIn(PostgresBinaries binaries, Path folder) {
        try {
            binaries.run("pg_ctl", "-D", folder.toString(), "-w", "-t", "10", "-m", "fast", "stop");
        } catch (IOException fast) {
            if (PostmasterPid.runningIn(folder).isEmpty()) {
                return;
            }
            LOG.warnf("Embedded PostgreSQL did not stop within 10 s (%s): immediate shutdown", fast.getMessage());
            try {
                binaries.run("pg_ctl", "-D", folder.toString(), "-w", "-t", "10", "-m", "immediate", "stop");
            } catch (IOException immediate) {
                LOG.warn("Embedded PostgreSQL did not stop", immediate);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String description() {
        return throwAway ? "throw-away data folder" : "data in " + dataDir;
    }

    private void deleteFolder() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not delete the throw-away data folder %s: %s", dataDir, e.getMessage());
        }
    }
}
