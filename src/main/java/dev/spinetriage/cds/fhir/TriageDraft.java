package dev.spinetriage.cds.fhir;

import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.ConservativeCareModality;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.Laterality;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Sex;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.triage.dto.ClinicalFindingsDto;
import dev.spinetriage.triage.dto.ConservativeCareDto;
import dev.spinetriage.triage.dto.PatientDto;
import dev.spinetriage.triage.dto.PriorInjectionDto;
import dev.spinetriage.triage.dto.TriageRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A triage request being assembled from several FHIR resources: code lists are unions, scalars the last word. */
final class TriageDraft {

    Integer ageYears;
    Sex sex;
    Boolean pregnant;
    final Set<Symptom> symptoms = new LinkedHashSet<>();
    final Set<PainLocation> painLocations = new LinkedHashSet<>();
    Laterality laterality;
    Integer durationWeeks;
    Integer painScore;
    final Set<AggravatingFactor> aggravatingFactors = new LinkedHashSet<>();
    Boolean relievedByFlexion;
    Integer conservativeCareWeeks;
    final Set<ConservativeCareModality> modalities = new LinkedHashSet<>();
    final List<PriorInjectionDto> priorInjections = new ArrayList<>();
    Integer sacroiliacProvocationPositive;
    Boolean triggerPointsPalpable;
    Boolean straightLegRaisePositive;
    Boolean imagingConcordant;
    final Set<RedFlag> redFlags = new LinkedHashSet<>();
    final Set<Contraindication> contraindications = new LinkedHashSet<>();
    Boolean functionalImpairment;
    Boolean prefersToAvoidSurgery;

    /** Adds a vocabulary code by its category; false for a category that is not a code list of the request. */
    boolean addCode(String category, String code) {
        switch (category) {
            case "SYMPTOM" -> symptoms.add(Symptom.valueOf(code));
            case "PAIN_LOCATION" -> painLocations.add(PainLocation.valueOf(code));
            case "AGGRAVATING_FACTOR" -> aggravatingFactors.add(AggravatingFactor.valueOf(code));
            case "CONSERVATIVE_CARE_MODALITY" -> modalities.add(ConservativeCareModality.valueOf(code));
            case "RED_FLAG" -> redFlags.add(RedFlag.valueOf(code));
            case "CONTRAINDICATION" -> contraindications.add(Contraindication.valueOf(code));
            case "LATERALITY" -> laterality = Laterality.valueOf(code);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The inputs the triage cannot run without, as the request names them; empty when there are none. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (ageYears == null) {
            missing.add("patient.ageYears (Patient.birthDate)");
        }
        if (symptoms.isEmpty()) {
            missing.add("symptoms");
        }
        if (painLocations.isEmpty()) {
            missing.add("painLocations");
        }
        return missing;
    }

    TriageRequest toRequest() {
        ConservativeCareDto care = conservativeCareWeeks == null && modalities.isEmpty() ? null
                : new ConservativeCareDto(conservativeCareWeeks, modalities.isEmpty() ? null : List.copyOf(modalities),
                        null);
        ClinicalFindingsDto findings = sacroiliacProvocationPositive == null && triggerPointsPalpable == null
                && straightLegRaisePositive == null && imagingConcordant == null ? null
                : new ClinicalFindingsDto(sacroiliacProvocationPositive, triggerPointsPalpable,
                        straightLegRaisePositive, imagingConcordant, null, null, null);
        return new TriageRequest(new PatientDto(ageYears, sex, pregnant), List.copyOf(symptoms),
                List.copyOf(painLocations), laterality, null, null, durationWeeks, null, painScore,
                listOrNull(aggravatingFactors), relievedByFlexion, care,
                priorInjections.isEmpty() ? null : List.copyOf(priorInjections), findings, null, null, null,
                listOrNull(redFlags), listOrNull(contraindications), functionalImpairment, prefersToAvoidSurgery,
                null);
    }

    private static <T> List<T> listOrNull(Set<T> values) {
        return values.isEmpty() ? null : List.copyOf(values);
    }
}
