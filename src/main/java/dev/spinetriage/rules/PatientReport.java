package dev.spinetriage.rules;

import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.ConservativeCareModality;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.Laterality;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Sex;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the patient reports, as the engine sees it. A {@code null} number or flag means "not reported", which the
 * engine treats as unknown (never as false): rules that depend on it neither fire nor fail, and the missing input
 * becomes a follow-up question. Code lists are never null: an absent list means none was reported.
 */
public record PatientReport(
        int ageYears,
        Sex sex,
        Boolean pregnant,
        Set<Symptom> symptoms,
        Set<PainLocation> painLocations,
        Laterality laterality,
        Integer durationWeeks,
        Integer painScore,
        Set<AggravatingFactor> aggravatingFactors,
        Boolean relievedByFlexion,
        Integer conservativeCareWeeks,
        Set<ConservativeCareModality> conservativeCareModalities,
        List<PriorInjection> priorInjections,
        Integer sacroiliacProvocationPositive,
        Boolean triggerPointsPalpable,
        Boolean straightLegRaisePositive,
        Boolean imagingConcordant,
        Set<RedFlag> redFlags,
        Set<Contraindication> contraindications,
        Boolean functionalImpairment,
        Boolean prefersToAvoidSurgery) {

    /** An injection the patient already had, with the relief it gave. */
    public record PriorInjection(Therapy therapy, int reliefPercent, int weeksAgo) {}

    public PatientReport {
        symptoms = copy(symptoms, Symptom.class);
        painLocations = copy(painLocations, PainLocation.class);
        aggravatingFactors = copy(aggravatingFactors, AggravatingFactor.class);
        conservativeCareModalities = copy(conservativeCareModalities, ConservativeCareModality.class);
        redFlags = copy(redFlags, RedFlag.class);
        contraindications = copy(contraindications, Contraindication.class);
        // patient.pregnant and the PREGNANCY code say the same thing; rules only need to test the code.
        if (Boolean.TRUE.equals(pregnant)) {
            contraindications.add(Contraindication.PREGNANCY);
        }
        priorInjections = priorInjections == null ? List.of() : List.copyOf(priorInjections);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> codes, Class<E> type) {
        return codes == null || codes.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(codes);
    }
}
