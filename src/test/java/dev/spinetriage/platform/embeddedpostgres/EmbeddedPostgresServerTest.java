package dev.spinetriage.platform.embeddedpostgres;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server itself, without Quarkus, each test on a server and data folder of its own (so they also run
 * when the suite's database is an external PostgreSQL): password authentication only, a server a killed JVM left
 * behind, and the watchdog that stops the server when its JVM dies.
 */
class EmbeddedPostgresServerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void onlyTheGeneratedPasswordOpensTheServerAndItsFileIsReadableByItsOwnerOnly() throws Exception {
        Path dataDir = folder.resolve("postgres");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Optional.of(dataDir));
        try {
            String password = PasswordFile.read(PasswordFile.in(dataDir));
            SQLException none = assertThrows(SQLException.class, () -> connect(server, null));
            assertEquals("08004", none.getSQLState(), "no password: " + none.getMessage());
            SQLException wrong = assertThrows(SQLException.class, () -> connect(server, "postgres"));
            assertEquals("28P01", wrong.getSQLState(), "wrong password: " + wrong.getMessage());
            try (Connection connection = connect(server, password);
                    ResultSet row = connection.createStatement().executeQuery("SELECT current_user")) {
                assertTrue(row.next());
                assertEquals(EmbeddedPostgresServer.USER, row.getString(1));
            }
            assertTrue(server.jdbcUrl().contains("password=" + password), "the application connects with it");

            List<String> rules = Files.readAllLines(dataDir.resolve(PgHba.FILE)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            assertEquals(3, rules.size(), rules.toString());
            assertTrue(rules.stream().allMatch(rule -> rule.endsWith("scram-sha-256")), rules.toString());
            assertFalse(Files.readString(dataDir.resolve(PgHba.FILE)).contains("trust"));
            if (PasswordFile.posix()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                        PasswordFile.in(dataDir))));
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void commitsAreDurableCheckpointsComeAtTheLongerIntervalAndWritesReachTheDiskSteadily() throws Exception {
        Path dataDir = folder.resolve("postgres");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Optional.of(dataDir));
        try (Connection connection = connect(server, PasswordFile.read(PasswordFile.in(dataDir)))) {
            for (String[] setting : new String[][] {{"fsync", "on"}, {"synchronous_commit", "on"},
                {"full_page_writes", "on"}, {"max_wal_size", "4GB"}, {"checkpoint_timeout", "15min"},
                {"wal_init_zero", "off"}, {"listen_addresses", "127.0.0.1"}, {"shared_buffers", "32MB"},
                {"backend_flush_after", "256kB"}, {"bgwriter_delay", "50ms"}, {"bgwriter_lru_maxpages", "400"}}) {
                try (ResultSet row = connection.createStatement().executeQuery("SHOW " + setting[0])) {
                    assertTrue(row.next());
                    assertEquals(setting[1], row.getString(1), setting[0]);
                }
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aServerLeftRunningOnTheFolderIsStoppedAndTheStartSucceeds() throws Exception {
        Path dataDir = folder.resolve("postgres");
        EmbeddedPostgresServer.start(Optional.of(dataDir)).stop();
        // What a killed JVM leaves behind: a server running on the folder that no one in this JVM knows about.
        String options = Files.readString(dataDir.resolve("postmaster.opts")).trim();
        PostgresBinaries.unpack().run("pg_ctl", "-D", dataDir.toString(), "-l",
                folder.resolve("leftover.log").toString(), "-w", "-o", options.substring(options.indexOf(" \"") + 1),
                "start");
        long leftover = PostmasterPid.runningIn(dataDir).orElseThrow().pid();

        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Optional.of(dataDir));
        try {
            // Its pid file is gone once it stops accepting; the process itself ends a moment later.
            await().atMost(DEADLINE).until(() -> !ProcessHandle.of(leftover).map(ProcessHandle::isAlive)
                    .orElse(false));
            long running = PostmasterPid.runningIn(dataDir).orElseThrow().pid();
            assertNotEquals(leftover, running);
            try (Connection connection = connect(server, PasswordFile.read(PasswordFile.in(dataDir)))) {
                assertTrue(connection.isValid(5));
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void theWatchdogStopsTheServerOnceItsOwnerIsGone() throws Exception {
        assumeTrue(new File("/bin/sh").canExecute(), "no /bin/sh: no watchdog on this system");
        Path dataDir = folder.resolve("postgres");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Optional.of(dataDir));
        Process owner = new ProcessBuilder("sleep", "600").start();
        try {
            long postmaster = PostmasterPid.runningIn(dataDir).orElseThrow().pid();
            Process watchdog = Watchdog.watch(owner.pid(), postmaster).orElseThrow();
            owner.destroyForcibly();
            await().atMost(DEADLINE).until(() -> ProcessHandle.of(postmaster).isEmpty());
            await().atMost(DEADLINE).until(() -> !watchdog.isAlive());
        } finally {
            owner.destroyForcibly();
            server.stop();
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedPostgresServer.USER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("sslmode", "disable");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/"
                + EmbeddedPostgresServer.DATABASE, properties);
    }
}
