package dev.spinetriage.platform.logging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request id is in the MDC of every line a request logs, also on the worker thread a blocking resource method
 * runs on: Quarkus keeps MDC data in the request's duplicated Vert.x context, not in a thread-local.
 */
@QuarkusTest
class RequestIdInLogsResourceTest {

    @Test
    void anErrorLoggedOnAWorkerThreadCarriesTheRequestId() {
        try (CapturedLog log = CapturedLog.open()) {
            given().header("X-Request-Id", "worker-thread-1").get("/test-probe/boom").then().statusCode(500);

            List<CapturedLog.Line> errors = log.lines().stream()
                    .filter(l -> l.message().startsWith("Unhandled error")).toList();
            assertEquals(1, errors.size(), log.lines().toString());
            assertEquals("worker-thread-1", errors.get(0).requestId());
        }
    }

    @Test
    void theAccessLogLineCarriesTheRequestId() {
        try (CapturedLog log = CapturedLog.open()) {
            given().header("X-Request-Id", "access-log-1").get("/q/health/live").then().statusCode(200);

            assertTrue(PollUntil.found(() -> log.lines().stream().anyMatch(
                    l -> l.message().contains("/q/health/live") && "access-log-1".equals(l.requestId()))),
                    log.lines().toString());
        }
    }
}
