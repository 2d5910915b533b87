package dev.spinetriage.platform.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The database connection pool (Agroal) reports its state on /q/metrics, for alerts on pool exhaustion. */
@QuarkusTest
class ConnectionPoolMetricsResourceTest {

    @Test
    void thePoolsConnectionsAndWaitersAreOnTheMetricsPage() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("agroal_active_count{datasource=\"default\"}"))
                .body(containsString("agroal_available_count{datasource=\"default\"}"))
                .body(containsString("agroal_awaiting_count{datasource=\"default\"}"))
                .body(containsString("agroal_max_used_count{datasource=\"default\"}"));
    }
}
