package dev.spinetriage.pages;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public pages: what a person who opens the service's address, or a CDS card's link, gets. */
@QuarkusTest
class PagesResourceTest {

    @Test
    void theLandingPageSaysWhatThisIsAndNamesTheActiveRulesetAndItsSources() {
        String active = asTriageClient().get("/api/v1/info").then().statusCode(200)
                .extract().path("activeRuleset.version");

        given().when().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("never a diagnosis"), containsString("Active ruleset " + active),
                        containsString("NICE guideline NG59, Low back pain and sciatica"),
                        containsString("href=\"/q/swagger-ui\""), containsString("href=\"/q/openapi\""),
                        containsString("href=\"/therapies/RADIOFREQUENCY_ABLATION\"")));
    }

    @Test
    void aTherapyPageTellsWhatItIsWhatItIsForItsEvidenceAndSources() {
        given().when().get("/therapies/MEDIAL_BRANCH_BLOCK").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("<h1>Medial branch block</h1>"),
                        containsString("Diagnostic: its relief shows whether the targeted structure"),
                        containsString("medial branch blocks are the diagnostic standard for facet joint pain"),
                        containsString("Consensus practice guidelines on interventions for lumbar facet joint pain"),
                        containsString("Before it is offered"), containsString("never a diagnosis")));
    }

    @Test
    void aTherapyThatComesAfterAnotherLinksToIt() {
        given().when().get("/therapies/RADIOFREQUENCY_ABLATION").then().statusCode(200)
                .body(containsString("<a href=\"/therapies/MEDIAL_BRANCH_BLOCK\">Medial branch block</a>"));
    }

    @Test
    void anUnknownTherapyIsANotFoundProblem() {
        given().when().get("/therapies/ACUPUNCTURE").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://spinetriage.dev/problems/not-found"))
                .body("detail", containsString("'ACUPUNCTURE'"));
    }

    @Test
    void textFromTheDatabaseIsPrintedAsTextNeverAsMarkup() {
        String hostile = "<script>alert('x')</script> & \"quotes\"";
        PageViews.Therapy view = new PageViews.Therapy("X", hostile, "Therapeutic", hostile, false, hostile, hostile,
                hostile, null, List.of(new PageViews.Evidence(hostile, "Low", hostile)),
                List.of(new PageViews.RuleGroup("Cautions shown with it",
                        List.of(new PageViews.RuleLine("R", hostile, hostile)))),
                List.of(new PageViews.CitedSource("S", hostile, hostile, 1)), null, null, "1");

        String html = PagesResource.Templates.therapy(view).render();

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"), html);
    }

    @Test
    void aBadKeyIsRefusedHereToo() {
        given().header("Authorization", "Bearer st_not-a-key").when().get("/").then().statusCode(401)
                .body(not(containsString("<html")));
    }
}
