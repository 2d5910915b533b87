package dev.spinetriage.platform.embeddedpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * One PostgreSQL 17 server process per JVM, from the Maven Central binaries of io.zonky.test. With a data folder it
 * keeps its data across restarts; without one it runs in a throw-away folder that is deleted when it stops.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final String DATABASE = "spinetriage";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private static EmbeddedPostgresServer running;

    private final EmbeddedPostgres postgres;
    private final String description;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String description) {
        this.postgres = postgres;
        this.description = description;
    }

    static synchronized EmbeddedPostgresServer startOnce(String dataDir) {
        if (running == null) {
            running = start(dataDir);
        }
        return running;
    }

    static synchronized void stopIfRunning() {
        if (running != null) {
            try {
                running.postgres.close();
                LOG.infof("Embedded PostgreSQL stopped (%s)", running.description);
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            running = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE + "?user=" + USER + "&password="
                + PASSWORD;
    }

    private static EmbeddedPostgresServer start(String dataDir) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Quarkus stops the server itself on shutdown, after in-flight requests have finished.
                    .setRegisterShutdownHook(false)
                    // The library's defaults trade durability for test speed; acknowledged triages must survive.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            String description = "throw-away data folder";
            if (!dataDir.isEmpty()) {
                Path folder = Path.of(dataDir).toAbsolutePath().normalize();
                Files.createDirectories(folder);
                builder.setDataDirectory(folder).setCleanDataDirectory(false);
                description = "data in " + folder;
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            LOG.infof("Embedded PostgreSQL started on 127.0.0.1:%d in %d ms (%s)", postgres.getPort(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), description);
            return new EmbeddedPostgresServer(postgres, description);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL (data folder: '" + dataDir + "')",
                    e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var existing = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!existing.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            statement.execute("ALTER USER " + USER + " PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            throw new IOException("Could not prepare database " + DATABASE, e);
        }
    }
}
