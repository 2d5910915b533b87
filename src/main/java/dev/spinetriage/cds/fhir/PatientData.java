package dev.spinetriage.cds.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

/** The parsed prefetch, sorted by resource type; {@code other} holds every resource of a type we do not read. */
public record PatientData(Patient patient, List<Condition> conditions, List<Observation> observations,
        List<MedicationRequest> medications, List<QuestionnaireResponse> questionnaireResponses,
        List<Resource> other) {

    public PatientData {
        conditions = List.copyOf(conditions);
        observations = List.copyOf(observations);
        medications = List.copyOf(medications);
        questionnaireResponses = List.copyOf(questionnaireResponses);
        other = List.copyOf(other);
    }
}
