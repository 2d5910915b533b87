package dev.spinetriage.rules;

import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.ConservativeCareModality;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A mutable copy of a {@link PatientReport}, to build the report that differs from it by one answer. */
final class ReportCopy {

    int ageYears;
    Boolean pregnant;
    final Set<Symptom> symptoms;
    final Set<PainLocation> painLocations;
    Integer durationWeeks;
    Integer painScore;
    final Set<AggravatingFactor> aggravatingFactors;
    Boolean relievedByFlexion;
    Integer conservativeCareWeeks;
    final Set<ConservativeCareModality> conservativeCareModalities;
    final List<PatientReport.PriorInjection> priorInjections;
    Integer sacroiliacProvocationPositive;
    Boolean triggerPointsPalpable;
    Boolean straightLegRaisePositive;
    Boolean imagingConcordant;
    final Set<RedFlag> redFlags;
    final Set<Contraindication> contraindications;
    Boolean functionalImpairment;
    Boolean prefersToAvoidSurgery;
    private final PatientReport original;

    ReportCopy(PatientReport r) {
        original = r;
        ageYears = r.ageYears();
        pregnant = r.pregnant();
        symptoms = copy(r.symptoms(), Symptom.class);
        painLocations = copy(r.painLocations(), PainLocation.class);
        durationWeeks = r.durationWeeks();
        painScore = r.painScore();
        aggravatingFactors = copy(r.aggravatingFactors(), AggravatingFactor.class);
        relievedByFlexion = r.relievedByFlexion();
        conservativeCareWeeks = r.conservativeCareWeeks();
        conservativeCareModalities = copy(r.conservativeCareModalities(), ConservativeCareModality.class);
        priorInjections = new ArrayList<>(r.priorInjections());
        sacroiliacProvocationPositive = r.sacroiliacProvocationPositive();
        triggerPointsPalpable = r.triggerPointsPalpable();
        straightLegRaisePositive = r.straightLegRaisePositive();
        imagingConcordant = r.imagingConcordant();
        redFlags = copy(r.redFlags(), RedFlag.class);
        contraindications = copy(r.contraindications(), Contraindication.class);
        functionalImpairment = r.functionalImpairment();
        prefersToAvoidSurgery = r.prefersToAvoidSurgery();
    }

    /** The code set this field names, to add a code to or remove one from. */
    @SuppressWarnings("unchecked")
    Set<Enum<?>> codes(CodeListField field) {
        Set<?> codes = switch (field) {
            case SYMPTOMS -> symptoms;
            case PAIN_LOCATIONS -> painLocations;
            case AGGRAVATING_FACTORS -> aggravatingFactors;
            case CONSERVATIVE_CARE_MODALITIES -> conservativeCareModalities;
            case RED_FLAGS -> redFlags;
            case CONTRAINDICATIONS -> contraindications;
        };
        return (Set<Enum<?>>) codes;
    }

    void set(FlagField field, Boolean value) {
        switch (field) {
            case PREGNANT -> pregnant = value;
            case RELIEVED_BY_FLEXION -> relievedByFlexion = value;
            case TRIGGER_POINTS_PALPABLE -> triggerPointsPalpable = value;
            case STRAIGHT_LEG_RAISE_POSITIVE -> straightLegRaisePositive = value;
            case IMAGING_CONCORDANT -> imagingConcordant = value;
            case FUNCTIONAL_IMPAIRMENT -> functionalImpairment = value;
            case PREFERS_TO_AVOID_SURGERY -> prefersToAvoidSurgery = value;
        }
    }

    void set(NumberField field, int value) {
        switch (field) {
            case AGE_YEARS -> ageYears = value;
            case DURATION_WEEKS -> durationWeeks = value;
            case PAIN_SCORE -> painScore = value;
            case CONSERVATIVE_CARE_WEEKS -> conservativeCareWeeks = value;
            case SACROILIAC_PROVOCATION_POSITIVE -> sacroiliacProvocationPositive = value;
        }
    }

    PatientReport build() {
        return new PatientReport(ageYears, original.sex(), pregnant, symptoms, painLocations, original.laterality(),
                durationWeeks, painScore, aggravatingFactors, relievedByFlexion, conservativeCareWeeks,
                conservativeCareModalities, priorInjections, sacroiliacProvocationPositive, triggerPointsPalpable,
                straightLegRaisePositive, imagingConcordant, redFlags, contraindications, functionalImpairment,
                prefersToAvoidSurgery);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> codes, Class<E> type) {
        return codes.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(codes);
    }
}
