package dev.spinetriage.pages;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a person sees who opens the service's address in a browser, and follows it to a therapy's page. */
@QuarkusTest
class PagesInBrowserResourceTest {

    @TestHTTPResource("/")
    URL landing;

    @Test
    void theLandingPageShowsWhatThisIsTheActiveRulesetAndLeadsToATherapysPage() throws Exception {
        String active = asTriageClient().get("/api/v1/info").then().statusCode(200)
                .extract().path("activeRuleset.version");
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.get(landing.toString());

            assertEquals("Spine Triage", browser.findElement(By.tagName("h1")).getText());
            String seen = browser.findElement(By.tagName("body")).getText();
            assertTrue(seen.contains("never makes a diagnosis"), seen);
            assertTrue(seen.contains("Active ruleset " + active), seen);
            assertTrue(seen.contains("NICE guideline NG59"), seen);

            browser.findElement(By.linkText("Epidural steroid injection")).click();
            chromium.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Epidural steroid injection"));

            assertTrue(browser.getCurrentUrl().endsWith("/therapies/EPIDURAL_STEROID_INJECTION"));
            String therapy = browser.findElement(By.tagName("main")).getText();
            assertTrue(therapy.contains("Therapeutic: it is given to relieve the pain."), therapy);
            assertTrue(therapy.contains("Evidence"), therapy);
            assertTrue(therapy.contains("CMS Local Coverage Determination Epidural Steroid Injections"), therapy);
        }
    }
}
