package dev.spinetriage.rules;

import static dev.spinetriage.rules.Reports.patient;
import static dev.spinetriage.rules.Rulesets.always;
import static dev.spinetriage.rules.Rulesets.atLeast;
import static dev.spinetriage.rules.Rulesets.has;
import static dev.spinetriage.rules.Rulesets.ruleset;
import static dev.spinetriage.rules.code.Therapy.MEDIAL_BRANCH_BLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.input.InputCatalogue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule applies to every profile or to those it names; criteria are a checklist that decides nothing. */
class PolicyProfilesEngineTest {

    private static final Condition AXIAL = has(InputCatalogue.SYMPTOMS, Symptom.AXIAL_PAIN);

    private static Rule ukOnlyExclusion() {
        return new Rule("UK-CI", RuleKind.CONTRAINDICATION, MEDIAL_BRANCH_BLOCK, always(), 0, "NOT_OFFERED", "m", "r",
                "TEST", null, false, Set.of(PolicyProfile.UK_NICE), ReasonKind.COVERAGE);
    }

    private static Rule criterion(String id, Condition condition, PolicyProfile profile) {
        return new Rule(id, RuleKind.CRITERION, MEDIAL_BRANCH_BLOCK, condition, 0, id, "text of " + id, "r", "TEST",
                null, false, Set.of(profile), ReasonKind.CLINICAL);
    }

    @Test
    void aRuleNamingAProfileAppliesUnderThatProfileOnly() {
        TriageEngine engine = ruleset().rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .add(ukOnlyExclusion()).engine();

        TriageOutcome us = engine.evaluate(patient().build(), PolicyProfile.US_CMS);
        TriageOutcome uk = engine.evaluate(patient().build(), PolicyProfile.UK_NICE);

        assertEquals(PolicyProfile.US_CMS, us.policyProfile());
        assertEquals(MEDIAL_BRANCH_BLOCK, us.candidates().get(0).therapy());
        assertEquals(PolicyProfile.UK_NICE, uk.policyProfile());
        Finding reason = uk.excluded().get(0).exclusions().get(0);
        assertEquals("NOT_OFFERED", reason.code());
        assertEquals(ReasonKind.COVERAGE, reason.reasonKind());
    }

    @Test
    void criteriaAreCheckedMetUnmetOrUnknownWithWhatWouldSettleThemAndChangeNothing() {
        TriageEngine engine = ruleset().rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .add(criterion("C-DURATION", atLeast(InputCatalogue.DURATION_WEEKS, 12), PolicyProfile.US_CMS))
                .add(criterion("C-SCORE", atLeast(InputCatalogue.PAIN_SCORE, 8), PolicyProfile.US_CMS))
                .add(criterion("C-SACRO", atLeast(InputCatalogue.SACROILIAC_PROVOCATION_POSITIVE, 3),
                        PolicyProfile.US_CMS))
                .add(criterion("C-UK", always(), PolicyProfile.UK_NICE)).engine();

        TherapyAssessment mbb = engine.evaluate(patient().durationWeeks(20).painScore(5).build(), PolicyProfile.US_CMS)
                .candidates().get(0);

        List<Criterion> criteria = mbb.criteria();
        assertEquals(List.of("C-DURATION", "C-SCORE", "C-SACRO"), criteria.stream().map(Criterion::id).toList());
        assertEquals(CriterionStatus.MET, criteria.get(0).status());
        assertEquals(CriterionStatus.UNMET, criteria.get(1).status());
        assertEquals(CriterionStatus.UNKNOWN, criteria.get(2).status());
        assertEquals(List.of("clinicalFindings.sacroiliacProvocationPositive"), criteria.get(2).missing());
        assertTrue(criteria.get(0).missing().isEmpty());
        assertTrue(engine.evaluate(patient().build(), PolicyProfile.US_CMS).followUpQuestions().isEmpty(),
                "a criterion never asks: it decides nothing");
    }

    @Test
    void aRulesetWithoutProfilesAnswersTheSameUnderEveryProfile() {
        TriageEngine engine = ruleset().rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .gate("MBB-PRE", MEDIAL_BRANCH_BLOCK, atLeast(InputCatalogue.DURATION_WEEKS, 12)).engine();

        TriageOutcome us = engine.evaluate(patient().durationWeeks(3).build(), PolicyProfile.US_CMS);
        TriageOutcome uk = engine.evaluate(patient().durationWeeks(3).build(), PolicyProfile.UK_NICE);

        assertEquals(us.disposition(), uk.disposition());
        assertEquals(TherapyStatus.of(us).get(MEDIAL_BRANCH_BLOCK), TherapyStatus.of(uk).get(MEDIAL_BRANCH_BLOCK));
    }
}
