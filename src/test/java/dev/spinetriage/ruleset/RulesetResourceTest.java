package dev.spinetriage.ruleset;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.ShippedRuleset;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RulesetResourceTest {

    @Inject
    AgroalDataSource database;

    @Test
    void activeRulesetIsServedWithEveryRuleAndItsCondition() {
        asTriageClient().when().get("/api/v1/rulesets/active").then().statusCode(200)
                .body("version", equalTo(ShippedRuleset.VERSION))
                .body("status", equalTo("PUBLISHED"))
                .body("rules.size()", greaterThan(50))
                .body("rules.find { it.ruleId == 'ESI-PRE-PAIN-DURATION' }.condition.atLeast", equalTo(4))
                .body("rules.citation", everyItem(not(equalTo(""))));
    }

    @Test
    void everyShippedRuleCitesOnlyKnownSources() throws Exception {
        List<String> unknown = new ArrayList<>();
        try (Connection c = database.getConnection(); ResultSet rows = c.createStatement().executeQuery("""
                SELECT r.rule_id, trim(s.id) FROM rule r, unnest(string_to_array(r.citation, ',')) AS s(id)
                WHERE r.ruleset_version IN ('2026.11.0', '2026.12.0') AND trim(s.id) NOT IN (SELECT id FROM clinical_source)""")) {
            while (rows.next()) {
                unknown.add(rows.getString(1) + " cites " + rows.getString(2));
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void exactlyOnePublishedRulesetIsActive() throws Exception {
        try (Connection c = database.getConnection(); ResultSet row = c.createStatement()
                .executeQuery("SELECT count(*) FROM ruleset WHERE active AND status = 'PUBLISHED'")) {
            assertTrue(row.next());
            assertEquals(1, row.getInt(1));
        }
    }
}
