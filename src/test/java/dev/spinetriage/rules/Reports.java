package dev.spinetriage.rules;

import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.rules.input.PriorInjection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds {@link PatientReport}s for tests: a baseline patient (50, axial low back pain), changed one field at a time. */
final class Reports {

    private final PatientReport.Builder report = PatientReport.builder()
            .set(InputCatalogue.AGE_YEARS, 50)
            .set(InputCatalogue.SYMPTOMS, Set.of(Symptom.AXIAL_PAIN))
            .set(InputCatalogue.PAIN_LOCATIONS, Set.of(PainLocation.LOWER_BACK))
            .set(InputCatalogue.DURATION_WEEKS, 20)
            .set(InputCatalogue.PAIN_SCORE, 5)
            .set(InputCatalogue.CONSERVATIVE_CARE_WEEKS, 12)
            .set(InputCatalogue.FUNCTIONAL_IMPAIRMENT, true);

    static Reports patient() {
        return new Reports();
    }

    /** Any input, by its catalogue entry; {@code null} makes it not reported. */
    <T> Reports with(Input<T> input, T value) {
        report.set(input, value);
        return this;
    }

    Reports symptoms(Symptom... values) {
        return with(InputCatalogue.SYMPTOMS, codes(Symptom.class, values));
    }

    Reports locations(PainLocation... values) {
        return with(InputCatalogue.PAIN_LOCATIONS, codes(PainLocation.class, values));
    }

    Reports aggravatedBy(AggravatingFactor... values) {
        return with(InputCatalogue.AGGRAVATING_FACTORS, codes(AggravatingFactor.class, values));
    }

    Reports durationWeeks(Integer weeks) {
        return with(InputCatalogue.DURATION_WEEKS, weeks);
    }

    Reports painScore(Integer score) {
        return with(InputCatalogue.PAIN_SCORE, score);
    }

    Reports conservativeCareWeeks(Integer weeks) {
        return with(InputCatalogue.CONSERVATIVE_CARE_WEEKS, weeks);
    }

    Reports redFlags(RedFlag... values) {
        return with(InputCatalogue.RED_FLAGS, codes(RedFlag.class, values));
    }

    Reports contraindications(Contraindication... values) {
        return with(InputCatalogue.CONTRAINDICATIONS, codes(Contraindication.class, values));
    }

    Reports functionalImpairment(Boolean value) {
        return with(InputCatalogue.FUNCTIONAL_IMPAIRMENT, value);
    }

    Reports prefersToAvoidSurgery(Boolean value) {
        return with(InputCatalogue.PREFERS_TO_AVOID_SURGERY, value);
    }

    Reports prior(PriorInjection... injections) {
        return with(InputCatalogue.PRIOR_INJECTIONS, List.of(injections));
    }

    PatientReport build() {
        return report.build();
    }

    @SafeVarargs
    private static <E extends Enum<E>> Set<E> codes(Class<E> type, E... values) {
        Set<E> codes = EnumSet.noneOf(type);
        codes.addAll(List.of(values));
        return codes;
    }
}
