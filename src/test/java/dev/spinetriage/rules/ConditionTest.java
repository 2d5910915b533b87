package dev.spinetriage.rules;

import static dev.spinetriage.rules.Reports.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.rules.input.PriorInjection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Three-valued evaluation: a missing input makes a condition unknown, never false. */
class ConditionTest {

    private static final Condition DURATION_AT_LEAST_4 = new Condition.NumberInRange(InputCatalogue.DURATION_WEEKS, 4,
            null);
    private static final Condition PAIN_AT_LEAST_8 = new Condition.NumberInRange(InputCatalogue.PAIN_SCORE, 8, null);

    @Test
    void missingNumberIsUnknownAndNamedAsMissing() {
        PatientReport report = patient().durationWeeks(null).build();
        Set<Input<?>> missing = new HashSet<>();

        DURATION_AT_LEAST_4.collectMissing(report, missing);

        assertEquals(Truth.UNKNOWN, DURATION_AT_LEAST_4.evaluate(report));
        assertEquals(Set.of(InputCatalogue.DURATION_WEEKS), missing);
    }

    @Test
    void anyOfIsTrueWhenOneBranchIsTrueEvenIfAnotherIsUnknown() {
        Condition either = new Condition.AnyOf(List.of(DURATION_AT_LEAST_4, PAIN_AT_LEAST_8));

        assertEquals(Truth.TRUE, either.evaluate(patient().durationWeeks(null).painScore(9).build()));
        assertEquals(Truth.UNKNOWN, either.evaluate(patient().durationWeeks(null).painScore(3).build()));
    }

    @Test
    void allOfIsFalseWhenOneBranchIsFalseEvenIfAnotherIsUnknown() {
        Condition both = new Condition.AllOf(List.of(DURATION_AT_LEAST_4, PAIN_AT_LEAST_8));

        assertEquals(Truth.FALSE, both.evaluate(patient().durationWeeks(null).painScore(3).build()));
    }

    @Test
    void rangeIncludesItsLowerBoundAndExcludesItsUpperBound() {
        Condition recent = new Condition.NumberInRange(InputCatalogue.DURATION_WEEKS, 2, 6);

        assertEquals(Truth.TRUE, recent.evaluate(patient().durationWeeks(2).build()));
        assertEquals(Truth.FALSE, recent.evaluate(patient().durationWeeks(6).build()));
    }

    @Test
    void priorInjectionCountAppliesEveryFilter() {
        Condition twoQualifyingBlocks = new Condition.PriorInjectionCount(Therapy.MEDIAL_BRANCH_BLOCK, 80, null, 52,
                2, null);

        assertEquals(Truth.TRUE, twoQualifyingBlocks.evaluate(patient().prior(
                new PriorInjection(Therapy.MEDIAL_BRANCH_BLOCK, 85, 6),
                new PriorInjection(Therapy.MEDIAL_BRANCH_BLOCK, 80, 3)).build()));
        assertEquals(Truth.FALSE, twoQualifyingBlocks.evaluate(patient().prior(
                new PriorInjection(Therapy.MEDIAL_BRANCH_BLOCK, 85, 6),
                new PriorInjection(Therapy.MEDIAL_BRANCH_BLOCK, 79, 3)).build()));
        assertEquals(Truth.FALSE, twoQualifyingBlocks.evaluate(patient().prior(
                new PriorInjection(Therapy.MEDIAL_BRANCH_BLOCK, 85, 60),
                new PriorInjection(Therapy.RADIOFREQUENCY_ABLATION, 90, 3)).build()));
    }

    @Test
    void pregnantFlagCountsAsThePregnancyContraindication() {
        PatientReport report = PatientReport.builder().set(InputCatalogue.AGE_YEARS, 30)
                .set(InputCatalogue.PREGNANT, true).build();

        assertEquals(Set.of(dev.spinetriage.rules.code.Contraindication.PREGNANCY), report.get(InputCatalogue.CONTRAINDICATIONS));
    }
}
