package dev.spinetriage.rules;

import static dev.spinetriage.rules.Reports.patient;
import static dev.spinetriage.rules.Rulesets.always;
import static dev.spinetriage.rules.Rulesets.atLeast;
import static dev.spinetriage.rules.Rulesets.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code index visits only rules that can hold, in their original order, and never skips one that could. */
class RuleIndexTest {

    private static final Condition AXIAL = has(InputCatalogue.SYMPTOMS, Symptom.AXIAL_PAIN);
    private static final Condition SPASMS = has(InputCatalogue.SYMPTOMS, Symptom.MUSCLE_SPASMS);

    @Test
    void ruleWhoseCodesTheReportLacksIsNotVisited() {
        RuleIndex index = index(AXIAL, SPASMS);

        List<Rule> visited = index.candidates(patient().symptoms(Symptom.MUSCLE_SPASMS).build());

        assertEquals(List.of("R1"), ids(visited));
    }

    @Test
    void visitedRulesKeepTheirOriginalOrder() {
        RuleIndex index = index(SPASMS, AXIAL, has(InputCatalogue.PAIN_LOCATIONS, PainLocation.LOWER_BACK), AXIAL);

        List<Rule> visited = index.candidates(patient().symptoms(Symptom.AXIAL_PAIN, Symptom.MUSCLE_SPASMS)
                .locations(PainLocation.LOWER_BACK).build());

        assertEquals(List.of("R0", "R1", "R2", "R3"), ids(visited));
    }

    @Test
    void ruleThatCanHoldWithoutAnyCodeIsAlwaysVisited() {
        RuleIndex index = index(new Condition.Not(AXIAL), atLeast(InputCatalogue.PAIN_SCORE, 5), always(),
                new Condition.AnyOf(List.of(AXIAL, atLeast(InputCatalogue.DURATION_WEEKS, 6))));

        List<Rule> visited = index.candidates(patient().symptoms(Symptom.MUSCLE_SPASMS).build());

        assertEquals(List.of("R0", "R1", "R2", "R3"), ids(visited));
    }

    @Test
    void allOfIsIndexedByItsCodeCondition() {
        RuleIndex index = index(new Condition.AllOf(List.of(atLeast(InputCatalogue.PAIN_SCORE, 5), AXIAL)));

        assertEquals(List.of(), ids(index.candidates(patient().symptoms(Symptom.MUSCLE_SPASMS).build())));
        assertEquals(List.of("R0"), ids(index.candidates(patient().symptoms(Symptom.AXIAL_PAIN).build())));
    }

    @Test
    void includesAllIsVisitedOnlyWhenItsFirstCodeIsReported() {
        RuleIndex index = index(new Condition.Includes(InputCatalogue.SYMPTOMS,
                Set.of(Symptom.AXIAL_PAIN, Symptom.MUSCLE_SPASMS), true));

        assertEquals(List.of(), ids(index.candidates(patient().symptoms(Symptom.RADIATING_PAIN).build())));
        assertNotEquals(List.of(), ids(index.candidates(patient()
                .symptoms(Symptom.AXIAL_PAIN, Symptom.MUSCLE_SPASMS).build())));
    }

    /** The index's one promise, on many random conditions and reports: a rule left out is FALSE for that report. */
    @Test
    void everyRuleLeftOutIsFalseForTheReport() {
        Random random = new Random(7);
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            conditions.add(randomCondition(random, 3));
        }
        RuleIndex index = index(conditions.toArray(Condition[]::new));
        for (int n = 0; n < 200; n++) {
            PatientReport report = randomReport(random);
            Set<String> visited = Set.copyOf(ids(index.candidates(report)));
            for (int i = 0; i < conditions.size(); i++) {
                if (!visited.contains("R" + i)) {
                    assertEquals(Truth.FALSE, conditions.get(i).evaluate(report), "R" + i + " " + conditions.get(i));
                }
            }
        }
    }

    private static Condition randomCondition(Random random, int depth) {
        int shape = random.nextInt(depth > 0 ? 8 : 4);
        return switch (shape) {
            case 0 -> new Condition.Includes(InputCatalogue.SYMPTOMS, pick(random, Symptom.values()), random.nextBoolean());
            case 1 -> new Condition.Includes(InputCatalogue.AGGRAVATING_FACTORS, pick(random, AggravatingFactor.values()),
                    random.nextBoolean());
            case 2 -> atLeast(InputCatalogue.DURATION_WEEKS, random.nextInt(10));
            case 3 -> new Condition.FlagIs(InputCatalogue.FUNCTIONAL_IMPAIRMENT, random.nextBoolean());
            case 4 -> new Condition.Not(randomCondition(random, depth - 1));
            case 5 -> new Condition.AnyOf(List.of(randomCondition(random, depth - 1), randomCondition(random, depth - 1)));
            default -> new Condition.AllOf(List.of(randomCondition(random, depth - 1),
                    randomCondition(random, depth - 1)));
        };
    }

    private static <E extends Enum<E>> Set<E> pick(Random random, E[] values) {
        Set<E> picked = EnumSet.noneOf(values[0].getDeclaringClass());
        int count = random.nextInt(3); // 0 too: includesAny of nothing is FALSE, includesAll of nothing TRUE
        for (int i = 0; i < count; i++) {
            picked.add(values[random.nextInt(values.length)]);
        }
        return picked;
    }

    private static PatientReport randomReport(Random random) {
        return patient().symptoms(pick(random, Symptom.values()).toArray(Symptom[]::new))
                .aggravatedBy(pick(random, AggravatingFactor.values()).toArray(AggravatingFactor[]::new))
                .durationWeeks(random.nextBoolean() ? null : random.nextInt(10))
                .redFlags(pick(random, RedFlag.values()).toArray(RedFlag[]::new))
                .contraindications(pick(random, Contraindication.values()).toArray(Contraindication[]::new))
                .build();
    }

    private static RuleIndex index(Condition... conditions) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < conditions.length; i++) {
            rules.add(new Rule("R" + i, RuleKind.CAUTION, null, conditions[i], 0, "R" + i, "m", "why", "TEST", null,
                    false));
        }
        return new RuleIndex(rules);
    }

    private static List<String> ids(List<Rule> rules) {
        return rules.stream().map(Rule::id).toList();
    }
}
