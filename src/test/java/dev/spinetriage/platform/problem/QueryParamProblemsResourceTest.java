package dev.spinetriage.platform.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A query parameter that does not convert is a 400 naming it, not JAX-RS's 404; a bad path stays a 404. */
@QuarkusTest
class QueryParamProblemsResourceTest {

    @Test
    void aLimitThatIsNotANumberIsA400NamingIt() {
        TestKeys.asAdmin().get("/api/v1/admin/audit?limit=abc").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("validation-error"))
                .body("errors.field", hasItem("limit"))
                .body("detail", containsString("'abc'"));
    }

    @Test
    void aLimitTooBigForAnIntIsA400Too() {
        TestKeys.asAdmin().get("/api/v1/admin/audit?limit=99999999999").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void aPathThatDoesNotConvertStillNamesNoResource() {
        TestKeys.asTriageClient().get("/api/v1/triage/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        TestKeys.asTriageClient().get("/api/v1/triage/" + UUID.randomUUID()).then().statusCode(404);
    }
}
