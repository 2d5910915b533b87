package dev.spinetriage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Swagger UI as a new integrator meets it: Triage is the first section, and after authorizing with an API key,
 * "Try it out" on POST /api/v1/triage triages a patient (201).
 */
@QuarkusTest
class SwaggerUiInBrowserResourceTest {

    private static final String PATIENT = "{\"patient\": {\"ageYears\": 45}, \"symptoms\": [\"RADIATING_PAIN\"], "
            + "\"painLocations\": [\"LOWER_BACK\", \"LEG_BELOW_KNEE\"], \"durationWeeks\": 8}";

    @TestHTTPResource("/q/swagger-ui")
    URL swaggerUi;

    @Test
    void triageIsListedFirstAndTryingItOutTriagesAPatient() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.get(swaggerUi.toString());
            List<WebElement> sections = chromium.waiting().until(
                    ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock-tag-section"), 3));
            assertEquals("Triage", sections.get(0).findElement(By.cssSelector(".opblock-tag")).getAttribute(
                    "data-tag"));

            authorize(chromium, TestKeys.triageKey());
            WebElement triage = browser.findElements(By.cssSelector(".opblock-post")).stream()
                    .filter(op -> op.findElement(By.cssSelector(".opblock-summary-path")).getText()
                            .equals("/api/v1/triage"))
                    .findFirst().orElseThrow();
            triage.findElement(By.cssSelector(".opblock-summary")).click();
            chromium.waiting().until(ExpectedConditions.elementToBeClickable(triage.findElement(
                    By.cssSelector(".try-out__btn")))).click();
            WebElement body = chromium.waiting().until(ExpectedConditions.visibilityOf(
                    triage.findElement(By.cssSelector("textarea.body-param__text"))));
            body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            body.sendKeys(PATIENT);
            triage.findElement(By.cssSelector("button.execute")).click();

            WebElement status = chromium.waiting().until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    triage, By.cssSelector(".live-responses-table .response .response-col_status"))).get(0);
            assertEquals("201", status.getText().strip());
        }
    }

    /** The Authorize dialog: the API key goes into the apiKey scheme's field (not the CDS Hooks JWT's). */
    private static void authorize(HeadlessChromium chromium, String key) {
        WebDriver browser = chromium.driver();
        browser.findElement(By.cssSelector(".auth-wrapper .authorize")).click();
        WebElement scheme = chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'apiKey')]]")));
        scheme.findElement(By.cssSelector("input")).sendKeys(key);
        scheme.findElement(By.cssSelector("button.authorize")).click();
        browser.findElement(By.cssSelector(".dialog-ux .close-modal")).click();
    }
}
