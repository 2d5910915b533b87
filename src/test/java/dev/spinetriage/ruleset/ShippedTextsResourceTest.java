package dev.spinetriage.ruleset;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the migrations stored names nothing outside the repository (V13 corrected what V3 and V6 wrote). */
@QuarkusTest
class ShippedTextsResourceTest {

    @Test
    void shippedRulesetsChangeNoteNamesTheProjectsOwnCriteria() {
        asAdmin().when().get("/api/v1/admin/rulesets/2026.11.0").then().statusCode(200)
                .body("changeNote", equalTo("Initial ruleset, built from the clinical criteria set out in "
                        + "docs/clinical.md"));
    }

    @Test
    void initialGoldenCasesSayTheyShipWithTheProject() {
        asAdmin().when().get("/api/v1/admin/golden-cases").then().statusCode(200)
                .body("findAll { it.id.startsWith('ex-') }.description",
                        everyItem(equalTo("Example case shipped with the project")))
                .body("findAll { it.id.startsWith('ex-') }.size()", equalTo(12));
    }
}
