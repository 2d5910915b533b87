package dev.spinetriage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The packaged application ({@code target/quarkus-app}, as {@code ./mvnw verify} builds it before the *IT tests) run
 * as a separate process on a free port, for tests that need what only a real process has: several instances, or a
 * signal.
 */
public final class PackagedApp {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private PackagedApp() {
    }

    /** One running instance; its console output goes to {@code log}. */
    public record Instance(Process process, int port, Path log) {

        public RequestSpecification http() {
            return given().baseUri("http://127.0.0.1").port(port);
        }

        public String logText() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Starts an instance in {@code workDir} with the given environment on top of a free HTTP port; waits until ready. */
    public static Instance start(Path workDir, String name, Map<String, String> environment) throws Exception {
        int port = freePort();
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", System.getProperty("spinetriage.jar",
                "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(workDir.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // The tests triage in tight loops with one key; the production default rate limit would answer 429.
        builder.environment().putIfAbsent("SPINETRIAGE_RATE_LIMIT_REQUESTS_PER_SECOND", "1000000");
        builder.environment().putIfAbsent("SPINETRIAGE_RATE_LIMIT_BURST", "1000000");
        Instance instance = new Instance(builder.start(), port, log);
        try {
            awaitReady(instance);
        } catch (Exception | Error e) {
            stop(instance);
            throw e;
        }
        return instance;
    }

    /** SIGTERM, as an orchestrator stops it, and waits for the process to end. */
    public static void stop(Instance instance) {
        instance.process().destroy();
        try {
            instance.process().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitReady(Instance instance) {
        try {
            await().atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(200))
                    .failFast("the instance exited", () -> !instance.process().isAlive())
                    .until(() -> answersReady(instance));
        } catch (ConditionTimeoutException | TerminalFailureException notReady) {
            throw new IllegalStateException("instance on port " + instance.port() + " not ready; log:\n"
                    + instance.logText(), notReady);
        }
    }

    private static boolean answersReady(Instance instance) {
        try {
            return instance.http().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notYetListening) { // RestAssured rethrows ConnectException unchecked
            return false; // the instance is still starting
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
