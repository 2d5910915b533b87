package dev.spinetriage.platform.embeddedpostgres;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The datasource URL of the embedded PostgreSQL (user and password ride in the URL, so a configured username can
 * never be paired with the embedded server by mistake). The server starts on the first read of one of them, so merely
 * building the configuration (e.g. while Quarkus augments the application at build time) starts nothing.
 */
final class EmbeddedPostgresConfigSource implements ConfigSource {

    /** Below application.properties (250) and environment variables (300): anything configured wins. */
    static final int ORDINAL = 200;

    private final String dataDir;

    EmbeddedPostgresConfigSource(String dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Deliberately empty: Quarkus lists every source's names while it builds the application and would start the
     * server just to record its URL. The datasource reads its settings by name, which {@link #getValue} answers.
     */
    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!EmbeddedPostgresConfigSourceFactory.JDBC_URL.equals(propertyName)) {
            return null;
        }
        return EmbeddedPostgresServer.startOnce(dataDir).jdbcUrl();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "EmbeddedPostgreSQL";
    }
}
