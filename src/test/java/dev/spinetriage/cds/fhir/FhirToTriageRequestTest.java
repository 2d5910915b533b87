package dev.spinetriage.cds.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.intake.IntakeQuestionnaire;
import dev.spinetriage.platform.json.StrictJsonCustomizer;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.Laterality;
import dev.spinetriage.rules.code.MotorDeficit;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Sex;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.triage.dto.TriageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** The FHIR-to-request mapping on its own: no Quarkus, no database; SNOMED ids handed in as the table would. */
class FhirToTriageRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Stand-ins for the vocabulary table's SNOMED column: the mapper reads whatever ids the table holds. */
    private static final SnomedCodes SNOMED = new SnomedCodes(Map.of(
            "1001", new SnomedCodes.VocabularyRef("SYMPTOM", "RADIATING_PAIN"),
            "1002", new SnomedCodes.VocabularyRef("PAIN_LOCATION", "LOWER_BACK"),
            "1003", new SnomedCodes.VocabularyRef("RED_FLAG", "SADDLE_ANESTHESIA"),
            "1004", new SnomedCodes.VocabularyRef("CONTRAINDICATION", "PREGNANCY"),
            "1005", new SnomedCodes.VocabularyRef("PAIN_LOCATION", "LEG_BELOW_KNEE")));
    private static final FhirToTriageRequest MAPPER = new FhirToTriageRequest(SNOMED, TODAY);
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        new StrictJsonCustomizer().customize(JSON);
    }

    /** The request the mapping's tree binds to, as the JSON API binds a body. */
    private static TriageRequest request(FhirMapping mapping) {
        try {
            return JSON.treeToValue(mapping.request().json(), TriageRequest.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void ageIsWholeYearsFromTheBirthDateToTodayAndGenderBecomesSex() {
        Patient patient = patient("1980-11-26", AdministrativeGender.FEMALE);

        FhirMapping mapping = MAPPER.map(data(patient, intake(codes("symptoms", "AXIAL_PAIN"),
                codes("painLocations", "LOWER_BACK"))), "p1");

        assertEquals(45, request(mapping).patient().ageYears(), "one day before the 46th birthday");
        assertEquals(Sex.FEMALE, request(mapping).patient().sex());
    }

    @Test
    void everyIntakeItemFillsTheRequestFieldNamedByItsLinkId() {
        QuestionnaireResponseItemComponent injection = new QuestionnaireResponseItemComponent()
                .setLinkId("priorInjections");
        injection.addItem(codes("priorInjections.therapy", "MEDIAL_BRANCH_BLOCK"));
        injection.addItem(integer("priorInjections.reliefPercent", 85));
        injection.addItem(integer("priorInjections.weeksAgo", 3));

        TriageRequest request = request(MAPPER.map(data(patient("1970-01-01", AdministrativeGender.MALE), intake(
                codes("symptoms", "AXIAL_PAIN"), codes("painLocations", "LOWER_BACK"), codes("laterality", "LEFT"),
                integer("durationWeeks", 12), integer("painScore", 6), integer("conservativeCare.weeks", 8),
                bool("clinicalFindings.imagingConcordant", true), codes("redFlags", "NIGHT_PAIN"), injection)),
                "p1"));

        assertEquals(List.of(Symptom.AXIAL_PAIN), request.symptoms());
        assertEquals(Laterality.LEFT, request.laterality());
        assertEquals(12, request.durationWeeks());
        assertEquals(6, request.painScore());
        assertEquals(8, request.conservativeCare().weeks());
        assertTrue(request.clinicalFindings().imagingConcordant());
        assertEquals(List.of(RedFlag.NIGHT_PAIN), request.redFlags());
        assertEquals(Therapy.MEDIAL_BRANCH_BLOCK, request.priorInjections().get(0).therapy());
        assertEquals(85, request.priorInjections().get(0).reliefPercent());
    }

    @Test
    void conditionsAndObservationsCodedWithKnownSnomedIdsBecomeVocabularyCodes() {
        Condition sciatica = condition("c1", "1001");
        sciatica.addBodySite(concept(SnomedCodes.SYSTEM, "1005"));
        Observation saddle = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setCode(concept(SnomedCodes.SYSTEM, "1003"));
        saddle.setSubject(new Reference("Patient/p1"));
        PatientData data = new PatientData(patient("1970-01-01", null), List.of(sciatica, condition("c2", "1002")),
                List.of(saddle), List.of(), List.of(), List.of());

        TriageRequest request = request(MAPPER.map(data, "p1"));

        assertEquals(List.of(Symptom.RADIATING_PAIN), request.symptoms());
        assertEquals(List.of(PainLocation.LEG_BELOW_KNEE, PainLocation.LOWER_BACK), request.painLocations());
        assertEquals(List.of(RedFlag.SADDLE_ANESTHESIA), request.redFlags());
    }

    @Test
    void unknownCodesInactiveConditionsAndAbsentFindingsAreReportedNotDropped() {
        Condition hypertension = condition("c-htn", "38341003");
        Condition resolved = condition("c-old", "1003");
        resolved.setClinicalStatus(concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved"));
        Observation absent = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setCode(concept(SnomedCodes.SYSTEM, "1004"));
        absent.setValue(new org.hl7.fhir.r4.model.BooleanType(false));
        PatientData data = new PatientData(patient("1970-01-01", null), List.of(hypertension, resolved),
                List.of(absent), List.of(), List.of(basicIntake()), List.of());

        FhirMapping mapping = MAPPER.map(data, "p1");

        assertNull(request(mapping).redFlags(), "a resolved red flag is not reported");
        assertNull(request(mapping).contraindications(), "an absent finding is not a contraindication");
        assertEquals(3, mapping.notUsed().size(), mapping.notUsed().toString());
        assertTrue(mapping.notUsed().get(0).contains("38341003"));
    }

    @Test
    void activeAntithromboticMedicationsAreRecognisedByTheirAtcClass() {
        PatientData data = new PatientData(patient("1970-01-01", null), List.of(), List.of(), List.of(
                medication("m1", "B01AF01", MedicationRequest.MedicationRequestStatus.ACTIVE),
                medication("m2", "B01AC06", MedicationRequest.MedicationRequestStatus.ACTIVE),
                medication("m3", "B01AA03", MedicationRequest.MedicationRequestStatus.STOPPED),
                medication("m4", "N02BE01", MedicationRequest.MedicationRequestStatus.ACTIVE)),
                List.of(basicIntake()), List.of());

        FhirMapping mapping = MAPPER.map(data, "p1");

        assertEquals(List.of(Contraindication.ANTICOAGULANT_THERAPY, Contraindication.ANTIPLATELET_THERAPY),
                request(mapping).contraindications());
        assertEquals(2, mapping.notUsed().size(), "the stopped warfarin and the paracetamol: " + mapping.notUsed());
    }

    @Test
    void withoutSymptomsOrPainLocationsTheMappingIsIncompleteAndSaysWhatIsMissing() {
        FhirMapping mapping = MAPPER.map(data(patient(null, null)), "p1");

        assertFalse(mapping.complete());
        assertEquals(3, mapping.missing().size(), mapping.missing().toString());
    }

    @Test
    void anIntakeCodeOutsideTheVocabularyIsAnError() {
        ProblemException e = assertThrows(ProblemException.class, () -> MAPPER.map(data(patient("1970-01-01",
                null), intake(codes("symptoms", "HEADACHE"), codes("painLocations", "LOWER_BACK"))), "p1"));

        assertTrue(e.errors().get(0).field().endsWith("item[symptoms]"), e.errors().toString());
    }

    @Test
    void anUnknownIntakeItemIsAnError() {
        assertThrows(ProblemException.class, () -> MAPPER.map(data(patient("1970-01-01", null), intake(
                codes("symptoms", "AXIAL_PAIN"), codes("painLocations", "LOWER_BACK"), integer("mood", 3))), "p1"));
    }

    @Test
    void aResourceAboutAnotherPatientIsAnError() {
        Condition other = condition("c1", "1001");
        other.setSubject(new Reference("Patient/someone-else"));
        PatientData data = new PatientData(patient("1970-01-01", null), List.of(other), List.of(), List.of(),
                List.of(basicIntake()), List.of());

        assertThrows(ProblemException.class, () -> MAPPER.map(data, "p1"));
    }

    @Test
    void aScalarAnswerOfTheIntakeIsTheLastWordButNotOverThePatientResource() {
        FhirMapping mapping = MAPPER.map(data(patient("1970-01-01", AdministrativeGender.MALE), intake(
                codes("symptoms", "AXIAL_PAIN"), codes("painLocations", "LOWER_BACK"), integer("patient.ageYears", 40),
                codes("patient.sex", "MALE"), codes("clinicalFindings.motorDeficit", "SEVERE"))), "p1");

        TriageRequest request = request(mapping);
        assertEquals(56, request.patient().ageYears(), "Patient.birthDate wins over a self-reported age");
        assertEquals(MotorDeficit.SEVERE, request.clinicalFindings().motorDeficit());
        assertEquals(1, mapping.notUsed().size(), mapping.notUsed().toString());
        assertTrue(mapping.notUsed().get(0).contains("patient.ageYears"), mapping.notUsed().toString());
    }

    @Test
    void codeListsFromConditionsAndTheIntakeAreMergedWithoutDuplicates() {
        PatientData data = new PatientData(patient("1970-01-01", null), List.of(condition("c1", "1002")), List.of(),
                List.of(), List.of(intake(codes("symptoms", "AXIAL_PAIN"), codes("painLocations", "LOWER_BACK",
                        "BUTTOCK"))), List.of());

        assertEquals(List.of(PainLocation.LOWER_BACK, PainLocation.BUTTOCK), request(MAPPER.map(data, "p1"))
                .painLocations());
    }

    private static PatientData data(Patient patient, QuestionnaireResponse... intake) {
        return new PatientData(patient, List.of(), List.of(), List.of(), List.of(intake), List.of());
    }

    private static QuestionnaireResponse basicIntake() {
        return intake(codes("symptoms", "AXIAL_PAIN"), codes("painLocations", "LOWER_BACK"));
    }

    private static QuestionnaireResponse intake(QuestionnaireResponseItemComponent... items) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId("qr1");
        r.setQuestionnaire(IntakeQuestionnaire.CANONICAL);
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(new Reference("Patient/p1"));
        r.setItem(List.of(items));
        return r;
    }

    private static QuestionnaireResponseItemComponent codes(String linkId, String... codes) {
        QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent().setLinkId(linkId);
        for (String code : codes) {
            item.addAnswer().setValue(new Coding(IntakeQuestionnaire.CODE_SYSTEM, code, null));
        }
        return item;
    }

    private static QuestionnaireResponseItemComponent integer(String linkId, int value) {
        QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent().setLinkId(linkId);
        item.addAnswer().setValue(new IntegerType(value));
        return item;
    }

    private static QuestionnaireResponseItemComponent bool(String linkId, boolean value) {
        QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent().setLinkId(linkId);
        item.addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(value));
        return item;
    }

    private static Patient patient(String birthDate, AdministrativeGender gender) {
        Patient patient = new Patient();
        patient.setId("p1");
        if (birthDate != null) {
            patient.setBirthDateElement(new DateType(birthDate));
        }
        patient.setGender(gender);
        return patient;
    }

    private static Condition condition(String id, String snomedId) {
        Condition condition = new Condition();
        condition.setId(id);
        condition.setCode(concept(SnomedCodes.SYSTEM, snomedId));
        condition.setSubject(new Reference("Patient/p1"));
        return condition;
    }

    private static MedicationRequest medication(String id, String atc, MedicationRequest.MedicationRequestStatus s) {
        MedicationRequest m = new MedicationRequest();
        m.setId(id);
        m.setStatus(s);
        m.setMedication(concept("http://www.whocc.no/atc", atc));
        m.setSubject(new Reference("Patient/p1"));
        return m;
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }
}
