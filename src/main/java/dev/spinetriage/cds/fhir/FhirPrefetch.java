package dev.spinetriage.cds.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.spinetriage.platform.fhir.FhirR4;
import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

/**
 * Parses the prefetch with HAPI FHIR's R4 model, strictly: an unknown element, a value of the wrong type or an
 * invalid date is a 400 naming the prefetch key, never silently dropped.
 */
@ApplicationScoped
public class FhirPrefetch {

    private final FhirR4 fhir;

    FhirPrefetch(FhirR4 fhir) {
        this.fhir = fhir;
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
                flatten(fhir.strictParser().parseResource(json.toString()), resources);
            } catch (DataFormatException | ClassCastException e) {
                errors.add(new Problem.FieldError("prefetch." + key, "Not a valid FHIR R4 resource: "
                        + FhirR4.firstLine(e.getMessage())));
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
}
