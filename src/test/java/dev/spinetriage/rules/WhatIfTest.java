package dev.spinetriage.rules;

import static dev.spinetriage.rules.Reports.patient;
import static dev.spinetriage.rules.Rulesets.atLeast;
import static dev.spinetriage.rules.Rulesets.has;
import static dev.spinetriage.rules.Rulesets.ruleset;
import static dev.spinetriage.rules.code.Therapy.EPIDURAL_STEROID_INJECTION;
import static dev.spinetriage.rules.code.Therapy.MEDIAL_BRANCH_BLOCK;
import static dev.spinetriage.rules.code.Therapy.RADIOFREQUENCY_ABLATION;
import static dev.spinetriage.rules.code.Therapy.TRIGGER_POINT_INJECTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.rules.input.PriorInjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link TriageEngine#whatIf} keeps the verdicts a change cannot touch instead of assessing them again: it must land
 * every therapy exactly where a full re-evaluation ({@link TriageEngine#evaluateOnly}) lands it, for the same reasons.
 */
class WhatIfTest {

    private static final Condition AXIAL = has(InputCatalogue.SYMPTOMS, Symptom.AXIAL_PAIN);

    /** Red flags, indications, contraindications and prerequisites of several therapies, on different inputs. */
    private static final TriageEngine ENGINE = ruleset()
            .redFlag("RF-SADDLE", Urgency.EMERGENCY, has(InputCatalogue.RED_FLAGS, RedFlag.SADDLE_ANESTHESIA))
            .redFlag("RF-TENDER", Urgency.ADVISORY, new Condition.FlagIs(InputCatalogue.WIDESPREAD_TENDERNESS, true))
            .rule("ESI-IND", RuleKind.INDICATION, EPIDURAL_STEROID_INJECTION,
                    has(InputCatalogue.SYMPTOMS, Symptom.RADIATING_PAIN), 3)
            .rule("ESI-CI", RuleKind.CONTRAINDICATION, EPIDURAL_STEROID_INJECTION,
                    has(InputCatalogue.CONTRAINDICATIONS, Contraindication.PREGNANCY), 0)
            .rule("ESI-SLR", RuleKind.PREREQUISITE, EPIDURAL_STEROID_INJECTION,
                    new Condition.FlagIs(InputCatalogue.STRAIGHT_LEG_RAISE_POSITIVE, true), 0)
            .gate("ESI-GATE", EPIDURAL_STEROID_INJECTION, atLeast(InputCatalogue.CONSERVATIVE_CARE_WEEKS, 6))
            .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
            .rule("MBB-FACET", RuleKind.PREREQUISITE, MEDIAL_BRANCH_BLOCK,
                    new Condition.FlagIs(InputCatalogue.FACET_LOADING_POSITIVE, true), 0)
            .rule("MBB-CI", RuleKind.CONTRAINDICATION, MEDIAL_BRANCH_BLOCK,
                    has(InputCatalogue.CONTRAINDICATIONS, Contraindication.ANTICOAGULANT_THERAPY), 0)
            .rule("RFA-IND", RuleKind.INDICATION, RADIOFREQUENCY_ABLATION, AXIAL, 2)
            .rule("RFA-MBB", RuleKind.PREREQUISITE, RADIOFREQUENCY_ABLATION,
                    new Condition.PriorInjectionCount(MEDIAL_BRANCH_BLOCK, 80, null, null, 1, null), 0)
            .rule("TPI-IND", RuleKind.INDICATION, TRIGGER_POINT_INJECTION,
                    new Condition.FlagIs(InputCatalogue.TRIGGER_POINTS_PALPABLE, true), 1)
            .rule("TPI-SUP", RuleKind.SUPPORTING_FINDING, TRIGGER_POINT_INJECTION,
                    atLeast(InputCatalogue.PAIN_SCORE, 7), 1)
            .engine();

    private static final List<PatientReport> REPORTS = List.of(
            patient().build(),
            patient().symptoms(Symptom.AXIAL_PAIN, Symptom.RADIATING_PAIN).build(),
            patient().symptoms(Symptom.RADIATING_PAIN).conservativeCareWeeks(null)
                    .with(InputCatalogue.STRAIGHT_LEG_RAISE_POSITIVE, true).build(),
            patient().with(InputCatalogue.FACET_LOADING_POSITIVE, true)
                    .prior(new PriorInjection(MEDIAL_BRANCH_BLOCK, 90, 4)).build(),
            patient().with(InputCatalogue.TRIGGER_POINTS_PALPABLE, true).with(InputCatalogue.PREGNANT, true).build(),
            patient().redFlags(RedFlag.SADDLE_ANESTHESIA).symptoms(Symptom.RADIATING_PAIN).build(),
            patient().with(InputCatalogue.WIDESPREAD_TENDERNESS, true)
                    .contraindications(Contraindication.ANTICOAGULANT_THERAPY).build());

    @Test
    void everyWhatIfLandsEachTherapyWhereAFullEvaluationDoes() {
        int compared = 0;
        for (PatientReport report : REPORTS) {
            TriageOutcome before = ENGINE.evaluate(report);
            for (PatientReport changed : changesOf(report)) {
                assertEquals(verdicts(ENGINE.evaluateOnly(changed, PolicyProfile.US_CMS)),
                        verdicts(ENGINE.whatIf(report, before, changed)), "from " + report + " to " + changed);
                compared++;
            }
        }
        assertTrue(compared > 100, "compared only " + compared + " what-ifs");
    }

    @Test
    void aChangeOnlyOneTherapyReadsKeepsTheOtherVerdictsAsTheyWere() {
        PatientReport report = patient().symptoms(Symptom.AXIAL_PAIN, Symptom.RADIATING_PAIN).build();
        TriageOutcome before = ENGINE.evaluate(report);
        PatientReport facetPositive = report.with(InputCatalogue.FACET_LOADING_POSITIVE, true);

        TriageOutcome after = ENGINE.whatIf(report, before, facetPositive);

        assertSame(assessment(before, EPIDURAL_STEROID_INJECTION), assessment(after, EPIDURAL_STEROID_INJECTION));
        assertSame(assessment(before, RADIOFREQUENCY_ABLATION), assessment(after, RADIOFREQUENCY_ABLATION));
        assertNotSame(assessment(before, MEDIAL_BRANCH_BLOCK), assessment(after, MEDIAL_BRANCH_BLOCK));
        assertEquals(TherapyStatus.CANDIDATE, TherapyStatus.of(MEDIAL_BRANCH_BLOCK, after));
    }

    @Test
    void aChangeTheRedFlagScreenReadsAssessesEveryTherapyAgain() {
        PatientReport report = patient().symptoms(Symptom.AXIAL_PAIN, Symptom.RADIATING_PAIN).build();
        TriageOutcome before = ENGINE.evaluate(report);
        PatientReport tender = report.with(InputCatalogue.WIDESPREAD_TENDERNESS, true);

        TriageOutcome after = ENGINE.whatIf(report, before, tender);

        assertNotSame(assessment(before, EPIDURAL_STEROID_INJECTION), assessment(after, EPIDURAL_STEROID_INJECTION));
        assertEquals(List.of("RF-TENDER"), after.redFlags().stream().map(RedFlagFinding::code).toList());
    }

    /** Every answer the follow-up questions could try, every reported answer taken away, and pregnancy stated. */
    private static List<PatientReport> changesOf(PatientReport report) {
        List<PatientReport> changed = new ArrayList<>();
        for (Input<?> input : InputCatalogue.all()) {
            ENGINE.probes(PolicyProfile.US_CMS).answers(report, input).forEach(a -> changed.add(a.report()));
            if (report.isReported(input)) {
                changed.add(report.with(input, null));
            }
        }
        changed.add(report.with(InputCatalogue.PREGNANT, true));
        return changed;
    }

    private static TherapyAssessment assessment(TriageOutcome outcome, Therapy therapy) {
        return List.of(outcome.candidates(), outcome.deferred(), outcome.excluded()).stream().flatMap(List::stream)
                .filter(a -> a.therapy() == therapy).findFirst().orElseThrow();
    }

    /** Where each therapy lands and why, the disposition and the red flags: all a what-if is compared on. */
    private static Map<String, Object> verdicts(TriageOutcome outcome) {
        Map<String, Object> verdicts = new TreeMap<>();
        verdicts.put("disposition", outcome.disposition());
        verdicts.put("redFlags", outcome.redFlags().stream().map(RedFlagFinding::code).sorted().toList());
        for (Therapy therapy : Therapy.values()) {
            verdicts.put(therapy.name(), TherapyStatus.of(therapy, outcome));
        }
        outcome.excluded().forEach(e -> verdicts.put(e.therapy() + " excluded by",
                e.exclusions().stream().map(Finding::code).sorted().toList()));
        outcome.deferred().forEach(d -> verdicts.put(d.therapy() + " deferred by",
                d.unmetPrerequisites().stream().map(u -> u.code() + (u.notReported() ? " (not reported)" : ""))
                        .sorted().toList()));
        return verdicts;
    }
}
