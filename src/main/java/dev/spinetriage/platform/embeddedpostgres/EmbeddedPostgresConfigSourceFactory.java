package dev.spinetriage.platform.embeddedpostgres;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.quarkus.runtime.annotations.StaticInitSafe;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource URL of an embedded PostgreSQL when none is configured.
 *
 * <p>Why a config source: Agroal, Flyway and Hibernate read {@code quarkus.datasource.jdbc.url} while the application
 * starts, before any bean could start a database; a config source is the one place that runs early enough. When the
 * URL is set (environment, system property or application.properties), this factory contributes nothing and no
 * PostgreSQL is embedded.
 *
 * <p>Why static-init safe: so the packaged application sees this factory while Quarkus is still in static init,
 * seconds before the datasource asks for the URL, and can start PostgreSQL in parallel with the rest of the boot
 * ({@link EarlyStart}).
 */
@StaticInitSafe
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR = "spinetriage.embedded-postgres.data-dir";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(JDBC_URL)) || EarlyStart.isAppCdsGeneration()) {
            return List.of();
        }
        ConfigValue configured = context.getValue(DATA_DIR);
        String dataDir = isSet(configured) ? configured.getValue().trim() : "";
        EarlyStart.inBackgroundIfPackaged(dataDir);
        return List.of(new EmbeddedPostgresConfigSource(dataDir));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(EmbeddedPostgresConfigSource.ORDINAL);
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
