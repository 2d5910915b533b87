package dev.spinetriage.admin;

import static dev.spinetriage.admin.Drafts.SHIPPED;
import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Publishing is gated by validation and the golden cases, and the gate cannot be raced: the rules published are
 * exactly the rules that passed. A breaking edit (the radicular indication reduced to foot pain, which fails golden
 * case ex-01) either lands before the publish, which then refuses, or is refused itself.
 */
@QuarkusTest
class PublishRaceResourceTest {

    private static final String RULE = "ESI-IND-RADICULAR";
    private static final String FOOT_ONLY = "{\"field\": \"painLocations\", \"includesAny\": [\"FOOT\"]}";

    @Inject
    AgroalDataSource database;

    @Test
    void anEditThatArrivesWhileAPublishHoldsTheDraftIsRefusedAndChangesNothing() throws Exception {
        String draft = Drafts.copyOfShipped();
        var rule = Drafts.getRule(draft, RULE).extract();
        String breaking = Drafts.ruleWithCondition(draft, RULE, FOOT_ONLY);
        try (Connection publishing = database.getConnection()) {
            publishing.setAutoCommit(false);
            lockRow(publishing, "SELECT version FROM ruleset WHERE version = ? FOR UPDATE", draft);

            Drafts.putRule(draft, RULE, rule.header("ETag"), breaking).statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("being published"));
            publishing.rollback();
        }
        Drafts.getRule(draft, RULE).header("ETag", equalTo(rule.header("ETag")));
    }

    @Test
    void aPublishWaitsForAnEditInFlightAndChecksTheEditedRules() throws Exception {
        String draft = Drafts.copyOfShipped();
        try (Connection editing = database.getConnection()) {
            editing.setAutoCommit(false);
            lockRow(editing, "SELECT version FROM ruleset WHERE version = ? FOR SHARE", draft);
            try (PreparedStatement edit = editing.prepareStatement(
                    "UPDATE rule SET condition = ?::json WHERE ruleset_version = ? AND rule_id = ?")) {
                edit.setString(1, FOOT_ONLY);
                edit.setString(2, draft);
                edit.setString(3, RULE);
                assertEquals(1, edit.executeUpdate());
            }

            CompletableFuture<Integer> publish = CompletableFuture.supplyAsync(() -> asAdmin()
                    .post("/api/v1/admin/rulesets/" + draft + "/publish").then().extract().statusCode());
            await().atMost(Duration.ofSeconds(30)).until(this::publishIsWaitingForALock);
            assertFalse(publish.isDone(), "the publish did not wait for the edit in flight");
            editing.commit();

            assertEquals(422, publish.get(), "the publish must check the rules as edited");
        }
        asAdmin().get("/api/v1/admin/rulesets/" + draft).then().body("status", equalTo("DRAFT"));
        asAdmin().get("/api/v1/rulesets/active").then().body("version", equalTo(SHIPPED));
    }

    @Test
    void editsRacingAPublishNeverReachThePublishedRules() throws Exception {
        ExecutorService editors = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (int round = 0; round < 6; round++) {
                String draft = Drafts.copyOfShipped();
                var rule = Drafts.getRule(draft, RULE).extract();
                String breaking = Drafts.ruleWithCondition(draft, RULE, FOOT_ONLY);
                AtomicBoolean publishDone = new AtomicBoolean();
                AtomicBoolean editLanded = new AtomicBoolean();
                CompletableFuture<Integer> publish = CompletableFuture.supplyAsync(() -> asAdmin()
                        .post("/api/v1/admin/rulesets/" + draft + "/publish").then().extract().statusCode(), editors);
                CompletableFuture<Void> edits = CompletableFuture.runAsync(() -> {
                    while (!publishDone.get() && !editLanded.get()) {
                        int status = Drafts.putRule(draft, RULE, rule.header("ETag"), breaking).extract().statusCode();
                        assertTrue(status == 200 || status == 409, "edit answered " + status);
                        editLanded.set(status == 200);
                    }
                }, editors);
                int published;
                try {
                    published = publish.get();
                } finally {
                    publishDone.set(true);
                }
                edits.get();
                outcomes.add(published + (editLanded.get() ? " after an edit" : " with every edit refused"));
                try {
                    if (editLanded.get()) {
                        assertEquals(422, published, "round " + round + ": a breaking edit was accepted and the "
                                + "ruleset was published anyway");
                    } else {
                        assertEquals(200, published, "round " + round);
                        Drafts.getRule(draft, RULE).body("condition", equalTo(rule.jsonPath().getMap("condition")))
                                .header("ETag", equalTo(rule.header("ETag")));
                    }
                } finally {
                    asAdmin().post("/api/v1/admin/rulesets/" + SHIPPED + "/activate");
                }
            }
        } finally {
            editors.shutdownNow();
        }
        asAdmin().get("/api/v1/rulesets/active").then().body("version", equalTo(SHIPPED));
        assertEquals(6, outcomes.size(), outcomes.toString());
    }

    @Test
    void twoActivationsAtOnceLeaveExactlyOneActiveRuleset() throws Exception {
        String first = Drafts.copyOfShipped();
        String second = Drafts.copyOfShipped();
        ExecutorService publishers = Executors.newFixedThreadPool(2);
        try {
            var a = publishers.submit(() -> asAdmin().post("/api/v1/admin/rulesets/" + first + "/publish").then()
                    .extract().statusCode());
            var b = publishers.submit(() -> asAdmin().post("/api/v1/admin/rulesets/" + second + "/publish").then()
                    .extract().statusCode());
            assertEquals(List.of(200, 200), List.of(a.get(), b.get()));
            asAdmin().get("/api/v1/admin/rulesets").then()
                    .body("findAll { it.active }.size()", equalTo(1))
                    .body("findAll { it.active }.version", hasItem(oneOf(first, second)));
        } finally {
            publishers.shutdownNow();
            asAdmin().post("/api/v1/admin/rulesets/" + SHIPPED + "/activate").then().statusCode(200);
        }
    }

    private static void lockRow(Connection connection, String sql, String version) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setString(1, version);
            try (ResultSet row = lock.executeQuery()) {
                assertTrue(row.next(), "no ruleset " + version);
            }
        }
    }

    private boolean publishIsWaitingForALock() throws Exception {
        try (Connection observer = database.getConnection();
                PreparedStatement waiting = observer.prepareStatement("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%' AND datname = current_database()""")) {
            try (ResultSet count = waiting.executeQuery()) {
                count.next();
                return count.getInt(1) > 0;
            }
        }
    }
}
