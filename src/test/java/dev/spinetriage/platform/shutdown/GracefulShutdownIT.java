package dev.spinetriage.platform.shutdown;

import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.PackagedApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while requests are in flight: they finish with complete answers, the process exits on its own, the embedded
 * PostgreSQL is shut down cleanly, and the next start on the same data folder reads every earlier triage back.
 */
class GracefulShutdownIT {

    private static final int IN_FLIGHT = 4;
    /** quarkus.shutdown.timeout (10 s) for requests, then the recorder and PostgreSQL: well within 30 s. */
    private static final long EXIT_WITHIN_SECONDS = 30;
    private static final String PATIENT = """
            {"patient": {"ageYears": 45}, "symptoms": ["RADIATING_PAIN"],
             "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "durationWeeks": 8, "painScore": 6,
             "conservativeCare": {"weeks": 6}}""";
    private static final Pattern TRIAGE_ID = Pattern.compile("\"triageId\":\"([0-9a-f-]{36})\"");
    /** pg_control: the cluster state is the int after system_identifier (8 bytes) and two version numbers (4 + 4). */
    private static final int PG_CONTROL_STATE_OFFSET = 16;
    private static final int DB_SHUTDOWNED = 1;
    /**
     * What a JVM exits with when SIGTERM ended it after its shutdown hooks ran (128 + 15), as Quarkus does; a crash
     * or a kill would be something else (137 for SIGKILL, 1 for a failed shutdown).
     */
    private static final int EXIT_AFTER_SIGTERM = 143;

    private final List<PackagedApp.Instance> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsStillRunning() {
        started.stream().filter(i -> i.process().isAlive()).forEach(PackagedApp::stop);
    }

    @Test
    void sigtermLetsRequestsInFlightFinishStopsPostgresCleanlyAndKeepsEveryTriage() throws Exception {
        Path workDir = Files.createTempDirectory("graceful-shutdown");
        Path dataDir = workDir.resolve("data/postgres");
        Map<String, String> environment = Map.of("SPINETRIAGE_EMBEDDED_POSTGRES_DATA_DIR", dataDir.toString(),
                "SPINETRIAGE_SECURITY_BOOTSTRAP_KEY_FILE", workDir.resolve("bootstrap-admin-key").toString());
        PackagedApp.Instance first = start(workDir, "first", environment);
        String key = Files.readString(workDir.resolve("bootstrap-admin-key")).trim();
        byte[] earlier = first.http().header("Authorization", "Bearer " + key).contentType("application/json")
                .body(PATIENT).post("/api/v1/triage").then().statusCode(201).extract().asByteArray();
        String earlierId = triageId(new String(earlier, StandardCharsets.UTF_8));

        List<HalfSentTriage> inFlight = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            inFlight.add(HalfSentTriage.open(first.port(), key));
        }
        // A full round trip after them: by its answer the server has read the half-sent requests' headers.
        first.http().get("/q/health/live").then().statusCode(200);
        new ProcessBuilder("kill", "-TERM", Long.toString(first.process().pid())).start().waitFor();

        List<String> finished = new ArrayList<>();
        for (HalfSentTriage request : inFlight) {
            finished.add(request.finish());
        }
        assertTrue(first.process().waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS), "still running after SIGTERM");
        String firstLog = first.logText();
        assertTrue(Set.of(0, EXIT_AFTER_SIGTERM).contains(first.process().exitValue()), "exit code "
                + first.process().exitValue() + "; log:\n" + firstLog);
        assertFalse(Files.exists(dataDir.resolve("postmaster.pid")), "PostgreSQL still running or crashed");
        assertEquals(DB_SHUTDOWNED, clusterState(dataDir), "pg_control state must be 'shut down'");
        assertTrue(firstLog.indexOf("Embedded PostgreSQL stopped") > firstLog.lastIndexOf("POST /api/v1/triage"),
                "PostgreSQL stopped only after the last request was answered:\n" + firstLog);

        PackagedApp.Instance second = start(workDir, "second", environment);
        byte[] readBack = second.http().header("Authorization", "Bearer " + key).get("/api/v1/triage/" + earlierId)
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(earlier, readBack, "the earlier triage, byte for byte");
        for (String answer : finished) {
            second.http().header("Authorization", "Bearer " + key).get("/api/v1/triage/" + triageId(answer))
                    .then().statusCode(200).body("triageId", notNullValue());
        }
    }

    private PackagedApp.Instance start(Path workDir, String name, Map<String, String> environment)
            throws Exception {
        PackagedApp.Instance instance = PackagedApp.start(workDir, name, environment);
        started.add(instance);
        return instance;
    }

    private static String triageId(String body) {
        Matcher id = TRIAGE_ID.matcher(body);
        assertTrue(id.find(), "no triageId in " + body);
        return id.group(1);
    }

    private static int clusterState(Path dataDir) throws IOException {
        byte[] control = Files.readAllBytes(dataDir.resolve("global/pg_control"));
        return ByteBuffer.wrap(control).order(ByteOrder.nativeOrder()).getInt(PG_CONTROL_STATE_OFFSET);
    }

    /** A triage whose body is only half sent: in flight on the server until {@link #finish} sends the rest. */
    private record HalfSentTriage(Socket socket, byte[] rest) {

        static HalfSentTriage open(int port, String key) throws IOException {
            byte[] body = PATIENT.getBytes(StandardCharsets.UTF_8);
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(EXIT_WITHIN_SECONDS));
            String head = "POST /api/v1/triage HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            byte[] rest = new byte[body.length - body.length / 2];
            System.arraycopy(body, body.length / 2, rest, 0, rest.length);
            return new HalfSentTriage(socket, rest);
        }

        /** Sends the rest and returns the body of a complete 201 answer (every byte its Content-Length promised). */
        String finish() throws IOException {
            try (socket) {
                socket.getOutputStream().write(rest);
                socket.getOutputStream().flush();
                InputStream in = socket.getInputStream();
                String head = readHead(in);
                assertTrue(head.startsWith("HTTP/1.1 201"), head);
                Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(head);
                assertTrue(length.find(), "no Content-Length in " + head);
                byte[] body = in.readNBytes(Integer.parseInt(length.group(1)));
                assertEquals(Integer.parseInt(length.group(1)), body.length, "answer cut short");
                return new String(body, StandardCharsets.UTF_8);
            }
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed before a complete answer: " + head);
                }
                head.write(b);
            }
            return head.toString(StandardCharsets.US_ASCII);
        }
    }
}
