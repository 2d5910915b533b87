package dev.spinetriage.platform.database;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while PostgreSQL answers a query within {@link #ANSWER_WITHIN_MILLIS}, through the same pool the
 * requests use. The probe runs on a thread of its own and the check waits for it at most that long, so a frozen
 * server makes readiness DOWN within a second instead of holding the probe (Quarkus's own datasource check, turned
 * off in application.properties, waited as long as the server did). A probe still hanging is waited for again by
 * the next check rather than joined by another, so probes never pile up.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final long ANSWER_WITHIN_MILLIS = 1000;
    private static final String NAME = "database";

    private final AgroalDataSource database;
    private final ExecutorService probes = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "database-readiness-probe");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> probe = CompletableFuture.completedFuture(null);

    DatabaseReadiness(AgroalDataSource database) {
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            currentProbe().get(ANSWER_WITHIN_MILLIS, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.up(NAME);
        } catch (TimeoutException e) {
            return down("no answer within " + ANSWER_WITHIN_MILLIS + " ms");
        } catch (ExecutionException e) {
            // Never the message: it can name the server's address, and this answer is public.
            return down(e.getCause() instanceof SQLException sql && sql.getSQLState() != null
                    ? "SQLState " + sql.getSQLState() : e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private synchronized CompletableFuture<Void> currentProbe() {
        if (probe.isDone()) {
            probe = CompletableFuture.runAsync(this::selectOne, probes);
        }
        return probe;
    }

    private void selectOne() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
