package dev.spinetriage.platform.migrations;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateOutput;
import org.jboss.logging.Logger;

/**
 * Checks, right after start-up, that the migrations applied to the database are the ones this build carries (Flyway's
 * validate: same checksums, none missing or unknown), and reports not ready, naming each difference, when they are
 * not: a migration edited after it was applied somewhere ("checksum drift") is found on every start, as before.
 *
 * <p>Why not in Flyway's migrate (quarkus.flyway.validate-on-migrate, off in application.properties): there it read
 * and compared every migration on the main thread before anything could be served, ~8% of the start-up's critical
 * path. Here it runs on a thread of its own once the service is up; migrate still applies only migrations newer than
 * the database's, in order, and never runs an applied one again.
 */
@Readiness
@ApplicationScoped
public class MigrationChecksums implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(MigrationChecksums.class);

    private final Flyway flyway;
    private volatile List<String> differences = List.of();
    private volatile String state = "checking";

    MigrationChecksums(Flyway flyway) {
        this.flyway = flyway;
    }

    void start(@Observes StartupEvent event) {
        Thread thread = new Thread(this::check, "migration-checksums");
        thread.setDaemon(true);
        thread.start();
    }

    /** Compares the applied migrations with this build's; the outcome is what {@link #call} reports from then on. */
    synchronized void check() {
        try {
            var result = flyway.validateWithResult();
            differences = result.validationSuccessful ? List.of()
                    : result.invalidMigrations.stream().map(MigrationChecksums::describe).toList();
            state = "checked";
            if (!differences.isEmpty()) {
                LOG.errorf("The database's applied migrations differ from this build's: %s", differences);
            }
        } catch (RuntimeException e) {
            // An unreachable database is reported by the datasource's own readiness; the next start checks again.
            state = "not checked: " + e.getMessage();
            LOG.warnf("Could not compare the applied migrations with this build's: %s", e.getMessage());
        }
    }

    private static String describe(ValidateOutput invalid) {
        return "V" + invalid.version + " (" + invalid.filepath + "): " + invalid.errorDetails.errorMessage;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("migrations").status(differences.isEmpty()).withData("state", state);
        for (int i = 0; i < differences.size(); i++) {
            response.withData("difference" + (i + 1), differences.get(i));
        }
        return response.build();
    }
}
