package dev.spinetriage.pages;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the tests: Debian's Chromium, headless, driven through Debian's chromedriver, with a fresh
 * profile each time and nothing that phones home. Without Chromium on the PATH a browser test is skipped, saying
 * why, unless SPINETRIAGE_BROWSER_TEST=required (CI sets it after installing Chromium): then it fails, so a CI run
 * can never pass without the browser having looked.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String REQUIRED = "SPINETRIAGE_BROWSER_TEST";

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or skips the calling test when none is installed and none is required. */
    static HeadlessChromium start() throws IOException {
        Optional<Path> browser = onPath("chromium").or(() -> onPath("chromium-browser"));
        Optional<Path> chromedriver = onPath("chromedriver");
        String missing = "Chromium or chromedriver is not on the PATH (Debian: apt-get install -y chromium "
                + "chromium-driver), so this browser test cannot run";
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            if ("required".equals(System.getenv(REQUIRED))) {
                fail(missing + ", and " + REQUIRED + "=required");
            }
            assumeTrue(false, missing + ": skipped.");
        }
        Path profile = Files.createTempDirectory("spinetriage-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(browser.get().toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }
}
