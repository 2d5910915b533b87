package dev.spinetriage.cds.fhir;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.spinetriage.intake.IntakeQuestionnaire;
import dev.spinetriage.intake.QuestionnaireAnswers;
import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.rules.code.Sex;
import dev.spinetriage.rules.input.InputCatalogue;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps prefetched FHIR R4 data to a triage request (the mapping is documented in docs/cds-hooks.md). Pure:
 * no I/O, the SNOMED ids and today's date are handed in. Nothing is dropped silently: a resource or code that is
 * read but not used is listed in {@link FhirMapping#notUsed()}, and malformed intake answers are a 400.
 */
public final class FhirToTriageRequest {

    private static final Set<String> ACTIVE_CLINICAL_STATUS = Set.of("active", "recurrence", "relapse");
    private static final Set<String> DISCARDED_VERIFICATION = Set.of("refuted", "entered-in-error");
    private static final Set<Observation.ObservationStatus> USABLE_OBSERVATION = Set.of(
            Observation.ObservationStatus.FINAL, Observation.ObservationStatus.AMENDED,
            Observation.ObservationStatus.CORRECTED, Observation.ObservationStatus.PRELIMINARY);

    private final SnomedCodes snomed;
    private final LocalDate today;

    public FhirToTriageRequest(SnomedCodes snomed, LocalDate today) {
        this.snomed = snomed;
        this.today = today;
    }

    /** @param patientId the hook context's patientId: every resource must be about this patient */
    public FhirMapping map(PatientData data, String patientId) {
        TriageDraft draft = new TriageDraft();
        List<String> notUsed = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        patient(data.patient(), patientId, draft, errors);
        data.conditions().forEach(c -> condition(c, patientId, draft, notUsed, errors));
        data.observations().forEach(o -> observation(o, patientId, draft, notUsed, errors));
        data.medications().forEach(m -> medication(m, patientId, draft, notUsed, errors));
        intake(data.questionnaireResponses(), patientId, draft, notUsed, errors);
        data.other().forEach(r -> notUsed.add(label(r) + ": resource type not read by the triage"));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "The prefetched FHIR data cannot be read as "
                    + "a triage request.", errors);
        }
        List<String> missing = draft.missing();
        return new FhirMapping(missing.isEmpty() ? draft.tree() : null, missing, notUsed);
    }

    private void patient(Patient patient, String patientId, TriageDraft draft, List<Problem.FieldError> errors) {
        if (patientId != null && patient.hasIdElement() && !patientId.equals(patient.getIdElement().getIdPart())) {
            errors.add(new Problem.FieldError("prefetch.patient", "is not the context's patientId"));
        }
        if (patient.hasBirthDate()) {
            // The date as written (year, month, day), not as an instant in some time zone. A birthDate given only as
            // a year or a month counts from its first day.
            var written = patient.getBirthDateElement();
            LocalDate born = LocalDate.of(written.getYear(), written.getMonth() + 1, written.getDay());
            draft.set(InputCatalogue.AGE_YEARS, IntNode.valueOf(Period.between(born, today).getYears()));
        }
        if (patient.hasGender()) {
            Sex sex = switch (patient.getGender()) {
                case MALE -> Sex.MALE;
                case FEMALE -> Sex.FEMALE;
                case OTHER -> Sex.OTHER;
                default -> Sex.UNKNOWN;
            };
            draft.set(InputCatalogue.SEX, TextNode.valueOf(sex.name()));
        }
    }

    private void condition(Condition c, String patientId, TriageDraft draft, List<String> notUsed,
            List<Problem.FieldError> errors) {
        checkSubject(c, c.getSubject(), patientId, errors);
        String clinical = c.hasClinicalStatus() ? firstCode(c.getClinicalStatus()) : "active";
        String verification = c.hasVerificationStatus() ? firstCode(c.getVerificationStatus()) : "confirmed";
        if (!ACTIVE_CLINICAL_STATUS.contains(clinical) || DISCARDED_VERIFICATION.contains(verification)) {
            notUsed.add(label(c) + ": not active (" + clinical + ", " + verification + ")");
            return;
        }
        boolean symptom = codes(c.getCode(), label(c), draft, notUsed)
                .contains(InputCatalogue.SYMPTOMS.category());
        if (symptom) {
            c.getBodySite().forEach(site -> codes(site, label(c) + " bodySite", draft, notUsed));
        }
    }

    private void observation(Observation o, String patientId, TriageDraft draft, List<String> notUsed,
            List<Problem.FieldError> errors) {
        checkSubject(o, o.getSubject(), patientId, errors);
        if (!USABLE_OBSERVATION.contains(o.getStatus())) {
            notUsed.add(label(o) + ": status " + (o.hasStatus() ? o.getStatus().toCode() : "missing"));
            return;
        }
        if (o.hasValueBooleanType() && Boolean.FALSE.equals(o.getValueBooleanType().getValue())) {
            // An absent finding: the request has no way to say "no" for a code, and missing means unknown.
            notUsed.add(label(o) + ": reported absent (value false)");
            return;
        }
        CodeableConcept concept = o.hasValueCodeableConcept() ? o.getValueCodeableConcept() : o.getCode();
        codes(concept, label(o), draft, notUsed);
    }

    private void medication(MedicationRequest m, String patientId, TriageDraft draft, List<String> notUsed,
            List<Problem.FieldError> errors) {
        checkSubject(m, m.getSubject(), patientId, errors);
        if (m.getStatus() != MedicationRequest.MedicationRequestStatus.ACTIVE) {
            notUsed.add(label(m) + ": status " + (m.hasStatus() ? m.getStatus().toCode() : "missing"));
            return;
        }
        if (!m.hasMedicationCodeableConcept()) {
            notUsed.add(label(m) + ": medication given by reference, not by code (not resolved)");
            return;
        }
        Optional<Coding> atc = m.getMedicationCodeableConcept().getCoding().stream()
                .filter(coding -> AnticoagulantClasses.ATC_SYSTEM.equals(coding.getSystem())).findFirst();
        atc.flatMap(coding -> AnticoagulantClasses.of(coding.getCode())).ifPresentOrElse(
                code -> draft.addCode(InputCatalogue.CONTRAINDICATIONS.category(), code.name()),
                () -> notUsed.add(label(m) + ": " + describe(m.getMedicationCodeableConcept())
                        + " is not a recognised anticoagulant or antiplatelet ATC class"));
    }

    private void intake(List<QuestionnaireResponse> responses, String patientId, TriageDraft draft,
            List<String> notUsed, List<Problem.FieldError> errors) {
        List<QuestionnaireResponse> ours = new ArrayList<>();
        for (QuestionnaireResponse r : responses) {
            checkSubject(r, r.getSubject(), patientId, errors);
            boolean done = r.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
                    || r.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED;
            if (IntakeQuestionnaire.isOurs(r.getQuestionnaire()) && done) {
                ours.add(r);
            } else {
                notUsed.add(label(r) + ": not a completed " + IntakeQuestionnaire.CANONICAL + " response");
            }
        }
        // The latest intake speaks for the patient now; older ones are listed, not merged.
        ours.sort(Comparator.comparing(QuestionnaireResponse::getAuthored,
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        for (int i = 0; i < ours.size(); i++) {
            QuestionnaireResponse r = ours.get(i);
            if (i == 0) {
                QuestionnaireAnswers answers = QuestionnaireAnswers.read(r.getItem(), "prefetch " + label(r) + ".");
                errors.addAll(answers.errors());
                draft.addIntake(answers.tree(), label(r), notUsed);
            } else {
                notUsed.add(label(r) + ": an older intake (the latest one is used)");
            }
        }
    }

    /** Adds every SNOMED coding we know; returns the categories added. Lists the codings we do not know. */
    private Set<String> codes(CodeableConcept concept, String where, TriageDraft draft, List<String> notUsed) {
        Set<String> categories = new HashSet<>();
        for (Coding coding : concept.getCoding()) {
            Optional<SnomedCodes.VocabularyRef> ref = SnomedCodes.SYSTEM.equals(coding.getSystem())
                    ? snomed.find(coding.getCode()) : Optional.empty();
            if (ref.isPresent() && draft.addCode(ref.get().category(), ref.get().code())) {
                categories.add(ref.get().category());
            } else {
                notUsed.add(where + ": " + describe(coding) + " is not in the triage vocabulary");
            }
        }
        if (concept.getCoding().isEmpty()) {
            notUsed.add(where + ": no coding (text only)");
        }
        return categories;
    }

    private static void checkSubject(Resource r, Reference subject, String patientId,
            List<Problem.FieldError> errors) {
        if (patientId != null && subject != null && subject.hasReference()
                && !subject.getReference().equals("Patient/" + patientId)) {
            errors.add(new Problem.FieldError("prefetch " + label(r), "subject is not the context's patient"));
        }
    }

    private static String firstCode(CodeableConcept concept) {
        return concept.getCoding().stream().map(Coding::getCode).filter(c -> c != null).findFirst().orElse("");
    }

    private static String label(Resource r) {
        return r.fhirType() + (r.hasIdElement() ? "/" + r.getIdElement().getIdPart() : "");
    }

    private static String describe(CodeableConcept concept) {
        return concept.getCoding().isEmpty() ? "'" + concept.getText() + "'" : describe(concept.getCoding().get(0));
    }

    private static String describe(Coding coding) {
        return coding.getSystem() + "|" + coding.getCode()
                + (coding.hasDisplay() ? " (" + coding.getDisplay() + ")" : "");
    }
}
