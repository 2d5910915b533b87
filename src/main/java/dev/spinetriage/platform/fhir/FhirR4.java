package dev.spinetriage.platform.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * HAPI FHIR's R4 context, shared by every FHIR feature (CDS Hooks, the intake questionnaire). It is heavy to build (it
 * loads the whole R4 model: one to several seconds), so it is not built on the start-up path: a background task builds
 * it a few seconds after the application is ready, and the first FHIR request builds it itself if it comes earlier.
 */
@ApplicationScoped
public class FhirR4 {

    /** The FHIR JSON media type (FHIR R4, http.html#mime). */
    public static final String MEDIA_TYPE = "application/fhir+json";

    private static final Logger LOG = Logger.getLogger(FhirR4.class);
    private static final Pattern JAVA_EXCEPTION =
            Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b");
    private static final Duration WARM_UP_DELAY = Duration.ofSeconds(5);

    private volatile FhirContext fhir;

    void warmUpAfterStart(@Observes StartupEvent started) {
        // Delayed, not just low-priority: Linux ignores Java thread priorities, and on two cores loading the model
        // during the last start-up steps made the service ready ~0.8 s later (5.7 s instead of 4.9 s, 3 runs each).
        CompletableFuture.runAsync(this::context,
                CompletableFuture.delayedExecutor(WARM_UP_DELAY.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * A JSON parser that refuses what it does not understand: an unknown element, a value of the wrong type or an
     * invalid date is a {@link ca.uhn.fhir.parser.DataFormatException}, never silently dropped.
     */
    public IParser strictParser() {
        return context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    /** A JSON writer (parsers are cheap to create and not thread-safe, so one per use). */
    public IParser writer() {
        return context().newJsonParser();
    }

    private FhirContext context() {
        FhirContext context = fhir;
        if (context == null) {
            long start = System.nanoTime();
            context = FhirContext.forR4Cached();
            // Building a parser once loads the R4 model classes, the slow part of the first parse.
            context.newJsonParser();
            context.getResourceDefinition("Patient");
            fhir = context;
            LOG.infof("FHIR R4 context ready in %d ms", (System.nanoTime() - start) / 1_000_000);
        }
        return context;
    }

    /**
     * HAPI's message names the element and the value, which helps the client; it may end with the Java exception
     * behind it (e.g. a NumberFormatException for a valueInteger beyond any integer), which is ours to keep.
     */
    public static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("");
        Matcher javaName = JAVA_EXCEPTION.matcher(line);
        if (javaName.find()) {
            line = line.substring(0, javaName.start()).replaceFirst("[\\s:]+$", "");
        }
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
