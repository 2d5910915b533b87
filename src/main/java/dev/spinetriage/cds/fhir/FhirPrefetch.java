package dev.spinetriage.cds.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;

/**
 * Parses the prefetch with HAPI FHIR's R4 model, strictly: an unknown element, a value of the wrong type or an
 * invalid date is a 400 naming the prefetch key, never silently dropped. The FHIR context is heavy to build (it loads
 * the whole R4 model: one to several seconds), so it is not built on the start-up path: a background task builds it
 * a few seconds after the application is ready, and the first CDS call builds it itself if it comes earlier.
 */
@ApplicationScoped
public class FhirPrefetch {

    private static final Logger LOG = Logger.getLogger(FhirPrefetch.class);
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

    /** Throws a 400 problem for a malformed resource and a 412 when no Patient was prefetched. */
    public PatientData parse(Map<String, JsonNode> prefetch) {
        List<Resource> resources = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        new TreeMap<>(prefetch == null ? Map.<String, JsonNode>of() : prefetch).forEach((key, json) -> {
            if (json == null || json.isNull()) {
                return; // the spec's way of saying "prefetched, nothing found"
            }
            try {
                flatten(parser().parseResource(json.toString()), resources);
            } catch (DataFormatException | ClassCastException e) {
                errors.add(new Problem.FieldError("prefetch." + key, "Not a valid FHIR R4 resource: "
                        + firstLine(e.getMessage())));
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "A prefetched FHIR resource is malformed.",
                    errors);
        }
        return sort(resources);
    }

    private static void flatten(IBaseResource resource, List<Resource> into) {
        if (resource instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.hasResource() && !(entry.getResource() instanceof OperationOutcome)) {
                    flatten(entry.getResource(), into);
                }
            }
        } else {
            into.add((Resource) resource);
        }
    }

    private static PatientData sort(List<Resource> resources) {
        List<Patient> patients = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<MedicationRequest> medications = new ArrayList<>();
        List<QuestionnaireResponse> responses = new ArrayList<>();
        List<Resource> other = new ArrayList<>();
        for (Resource r : resources) {
            if (r instanceof Patient p) {
                patients.add(p);
            } else if (r instanceof Condition c) {
                conditions.add(c);
            } else if (r instanceof Observation o) {
                observations.add(o);
            } else if (r instanceof MedicationRequest m) {
                medications.add(m);
            } else if (r instanceof QuestionnaireResponse q) {
                responses.add(q);
            } else {
                other.add(r);
            }
        }
        if (patients.isEmpty()) {
            throw new ProblemException(ProblemType.PREFETCH_MISSING, "The triage needs the Patient (age, sex): "
                    + "prefetch it under the key 'patient'. This service never queries fhirServer itself.");
        }
        if (patients.size() > 1) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "The prefetch holds more than one Patient.",
                    List.of(new Problem.FieldError("prefetch", "exactly one Patient expected")));
        }
        return new PatientData(patients.get(0), conditions, observations, medications, responses, other);
    }

    private IParser parser() {
        return context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
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
    static String firstLine(String message) {
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
