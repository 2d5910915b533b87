package dev.spinetriage.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The container image (src/main/docker/Dockerfile.jvm) and docker-compose.yml, checked without Docker, which
 * cannot run where these tests run: the health check's own command is run against this test's application, and the
 * image's port, user, data folder and settings agree with the application and the Kubernetes manifests.
 */
@QuarkusTest
class ContainerImageResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    @TestHTTPResource("/")
    URL app;

    @Test
    void theHealthCheckPassesAgainstAReadyApplication() throws Exception {
        assertEquals(0, runHealthCheck(app.getPort()), "health check against a ready application");
    }

    @Test
    void theHealthCheckFailsWhenNothingAnswers() throws Exception {
        assertTrue(runHealthCheck(1) != 0, "health check against a closed port must fail");
    }

    @Test
    void composeChecksTheApplicationWithTheImagesCommand() {
        JsonNode app = DeployFiles.compose().path("services").path("app");
        List<String> test = JSON.convertValue(app.path("healthcheck").path("test"), STRINGS);

        assertEquals("CMD", test.get(0));
        assertEquals(healthCheckCommand(), test.subList(1, test.size()));
        assertEquals("service_healthy", app.path("depends_on").path("postgres").path("condition").asText());
        assertTrue(app.path("volumes").get(0).asText().endsWith(":" + dataFolder()), "compose keeps data/");
    }

    @Test
    void theImageListensOnTheApplicationsPortAsItsOwnUserWhoOwnsOnlyTheDataFolder() {
        String user = DeployFiles.instruction("USER").orElseThrow();

        assertEquals(KnownSettings.productionValue("quarkus.http.port"), DeployFiles.instruction("EXPOSE")
                .orElseThrow());
        assertTrue(!user.equals("0") && !user.equals("root"), "the image runs as root");
        assertTrue(DeployFiles.dockerfile().contains("chown " + user + ":" + user + " " + dataFolder()),
                "the data folder must belong to the runtime user");
        assertTrue(DeployFiles.dockerfile().contains("ENV QUARKUS_LOG_CONSOLE_JSON=true"), "JSON logs in the image");
    }

    @Test
    void everyEnvironmentVariableTheImageSetsIsReadByTheApplicationOrItsEntrypoint() {
        var known = KnownSettings.environmentVariables();
        String entrypoint = DeployFiles.instruction("ENTRYPOINT").orElseThrow();
        for (String name : DeployFiles.dockerfileEnvironment()) {
            assertTrue(known.contains(name) || entrypoint.contains("$" + name), name + " is read by nothing");
        }
        DeployFiles.compose().path("services").path("app").path("environment").fieldNames().forEachRemaining(
                name -> assertTrue(known.contains(name), "compose sets " + name + ", which nothing reads"));
    }

    /** WORKDIR plus the folder of the bootstrap key file, as a production start resolves it. */
    private static String dataFolder() {
        String keyFile = KnownSettings.productionValue("spinetriage.security.bootstrap-key-file");
        return DeployFiles.instruction("WORKDIR").orElseThrow() + "/" + keyFile.substring(0, keyFile.lastIndexOf('/'));
    }

    /** The HEALTHCHECK's exec form, as JSON: ["bash", "-c", "..."]. */
    private static List<String> healthCheckCommand() {
        String healthcheck = DeployFiles.instruction("HEALTHCHECK").orElseThrow();
        String json = healthcheck.substring(healthcheck.indexOf("CMD") + 3).strip();
        try {
            return JSON.readValue(json, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the image's health check on this machine, aimed at {@code port} instead of the image's 8080. */
    private static int runHealthCheck(int port) throws Exception {
        List<String> command = healthCheckCommand().stream()
                .map(part -> part.replace("/" + KnownSettings.productionValue("quarkus.http.port"), "/" + port))
                .toList();
        Process check = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(check.waitFor(10, TimeUnit.SECONDS), "the health check must finish within its timeout");
        return check.exitValue();
    }
}
