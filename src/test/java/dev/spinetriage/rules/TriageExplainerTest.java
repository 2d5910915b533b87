package dev.spinetriage.rules;

import static dev.spinetriage.rules.Reports.patient;
import static dev.spinetriage.rules.Rulesets.atLeast;
import static dev.spinetriage.rules.Rulesets.has;
import static dev.spinetriage.rules.Rulesets.ruleset;
import static dev.spinetriage.rules.code.Therapy.EPIDURAL_STEROID_INJECTION;
import static dev.spinetriage.rules.code.Therapy.MEDIAL_BRANCH_BLOCK;
import static dev.spinetriage.rules.code.Therapy.RADIOFREQUENCY_ABLATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.rules.TriageExplanation.InputValue;
import dev.spinetriage.rules.TriageExplanation.RuleReason;
import dev.spinetriage.rules.TriageExplanation.TherapyExplanation;
import dev.spinetriage.rules.TriageExplanation.WhatIf;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.rules.input.PriorInjection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explanation and its what-ifs on rulesets shaped like the shipped one (ESI, MBB, RFA, a cauda equina flag). */
class TriageExplainerTest {

    /** The shipped rules' shapes: ESI's radicular pattern and gates, a contraindication, MBB's axial pattern, RFA. */
    private static Rulesets shippedShapes() {
        return ruleset()
                .redFlag("RF-CAUDA-EQUINA", Urgency.EMERGENCY, has(InputCatalogue.RED_FLAGS,
                        RedFlag.SADDLE_ANESTHESIA, RedFlag.BLADDER_DYSFUNCTION))
                .rule("ESI-IND-RADICULAR", RuleKind.INDICATION, EPIDURAL_STEROID_INJECTION, new Condition.AllOf(List.of(
                        has(InputCatalogue.SYMPTOMS, Symptom.RADIATING_PAIN, Symptom.SHOOTING_PAIN),
                        has(InputCatalogue.PAIN_LOCATIONS, PainLocation.LEG_BELOW_KNEE, PainLocation.FOOT))), 3)
                .rule("ESI-SUP-STRAIGHT-LEG-RAISE", RuleKind.SUPPORTING_FINDING, EPIDURAL_STEROID_INJECTION,
                        new Condition.FlagIs(InputCatalogue.STRAIGHT_LEG_RAISE_POSITIVE, true), 1)
                .gate("ESI-PRE-PAIN-DURATION", EPIDURAL_STEROID_INJECTION, atLeast(InputCatalogue.DURATION_WEEKS, 4))
                .gate("ESI-PRE-CONSERVATIVE-CARE", EPIDURAL_STEROID_INJECTION, new Condition.AnyOf(List.of(
                        atLeast(InputCatalogue.CONSERVATIVE_CARE_WEEKS, 4), atLeast(InputCatalogue.PAIN_SCORE, 8))))
                .rule("ESI-CI-BLEEDING-DISORDER", RuleKind.CONTRAINDICATION, EPIDURAL_STEROID_INJECTION,
                        has(InputCatalogue.CONTRAINDICATIONS, Contraindication.BLEEDING_DISORDER), 0)
                .rule("MBB-IND-AXIAL-SPINE-PAIN", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, new Condition.AllOf(List.of(
                        has(InputCatalogue.PAIN_LOCATIONS, PainLocation.LOWER_BACK),
                        new Condition.Not(has(InputCatalogue.PAIN_LOCATIONS, PainLocation.LEG_BELOW_KNEE)))), 2)
                .rule("RFA-IND-AXIAL-SPINE-PAIN", RuleKind.INDICATION, RADIOFREQUENCY_ABLATION,
                        has(InputCatalogue.PAIN_LOCATIONS, PainLocation.LOWER_BACK), 2)
                .rule("RFA-PRE-TWO-BLOCKS", RuleKind.PREREQUISITE, RADIOFREQUENCY_ABLATION,
                        new Condition.PriorInjectionCount(MEDIAL_BRANCH_BLOCK, 80, null, null, 2, null), 0);
    }

    private static Reports sciatica() {
        return patient().symptoms(Symptom.RADIATING_PAIN)
                .locations(PainLocation.LOWER_BACK, PainLocation.LEG_BELOW_KNEE);
    }

    private static TherapyExplanation of(TriageExplanation explanation, Therapy therapy) {
        return explanation.therapies().stream().filter(t -> t.therapy() == therapy).findFirst().orElseThrow();
    }

    private static List<String> ids(List<RuleReason> reasons) {
        return reasons.stream().map(RuleReason::ruleId).toList();
    }

    private static List<String> whatIfs(TherapyExplanation therapy) {
        return therapy.whatIfs().stream().map(w -> w.change().kind() + " " + w.change().field() + " "
                + w.change().value() + " -> " + w.to()).toList();
    }

    @Test
    void deferredTherapyNamesItsFailedGateAndTheDurationAtTheThresholdThatMakesItACandidate() {
        TriageExplainer explainer = new TriageExplainer(shippedShapes().engine());

        TherapyExplanation esi = of(explainer.explain(sciatica().durationWeeks(3).build(), PolicyProfile.US_CMS, false), EPIDURAL_STEROID_INJECTION);

        assertEquals(TherapyStatus.DEFERRED, esi.status());
        assertEquals(List.of("ESI-PRE-PAIN-DURATION"), ids(esi.conflicting()));
        assertEquals(List.of(new InputValue("durationWeeks", "3")), esi.conflicting().get(0).inputs());
        List<String> whatIfs = whatIfs(esi);
        assertTrue(whatIfs.contains("SET durationWeeks 4 -> CANDIDATE"), whatIfs.toString());
        assertFalse(whatIfs.stream().anyMatch(w -> w.startsWith("SET durationWeeks 5")), "5 is no rule's boundary");
    }

    @Test
    void candidateListsTheRulesThatSupportItWithTheReportedInputs() {
        TriageExplainer explainer = new TriageExplainer(shippedShapes().engine());

        TherapyExplanation esi = of(explainer.explain(sciatica().build(), PolicyProfile.US_CMS, false), EPIDURAL_STEROID_INJECTION);

        assertEquals(TherapyStatus.CANDIDATE, esi.status());
        assertEquals(List.of("ESI-IND-RADICULAR"), ids(esi.supporting()));
        assertEquals(List.of(new InputValue("symptoms", "RADIATING_PAIN"),
                new InputValue("painLocations", "LEG_BELOW_KNEE")), esi.supporting().get(0).inputs());
        assertTrue(esi.conflicting().isEmpty());
    }

    @Test
    void addingARedFlagOrAContraindicationIsAWhatIfThatExcludesOnlyOnRequest() {
        TriageExplainer explainer = new TriageExplainer(shippedShapes().engine());

        List<String> hazards = whatIfs(of(explainer.explain(sciatica().build(), PolicyProfile.US_CMS, true), EPIDURAL_STEROID_INJECTION));
        List<String> actionable = whatIfs(of(explainer.explain(sciatica().build(), PolicyProfile.US_CMS, false),
                EPIDURAL_STEROID_INJECTION));

        assertTrue(hazards.contains("ADD redFlags SADDLE_ANESTHESIA -> EXCLUDED"), hazards.toString());
        assertTrue(hazards.contains("ADD contraindications BLEEDING_DISORDER -> EXCLUDED"), hazards.toString());
        assertTrue(actionable.contains("SET durationWeeks 3 -> DEFERRED"), actionable.toString());
        assertFalse(actionable.stream().anyMatch(w -> w.startsWith("ADD redFlags")
                || w.startsWith("ADD contraindications")), actionable.toString());
    }

    @Test
    void actionableWhatIfsComeBeforeTheOthers() {
        TriageExplainer explainer = new TriageExplainer(shippedShapes().engine());

        List<WhatIf> whatIfs = of(explainer.explain(sciatica().durationWeeks(null).build(), PolicyProfile.US_CMS, true),
                EPIDURAL_STEROID_INJECTION).whatIfs();

        int lastActionable = -1;
        int firstOther = Integer.MAX_VALUE;
        for (int i = 0; i < whatIfs.size(); i++) {
            if (whatIfs.get(i).change().actionable()) {
                lastActionable = i;
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }
        assertTrue(lastActionable >= 0 && lastActionable < firstOther, whatIfs.toString());
    }

    @Test
    void excludedTherapyShowsTheRedFlagAsConflictingAndClearingItAsTheWayBack() {
        TriageExplainer explainer = new TriageExplainer(shippedShapes().engine());

        TriageExplanation explanation = explainer.explain(sciatica().redFlags(RedFlag.SADDLE_ANESTHESIA).build(), PolicyProfile.US_CMS, false);

        TherapyExplanation esi = of(explanation, EPIDURAL_STEROID_INJECTION);
        assertEquals(TherapyStatus.EXCLUDED, esi.status());
        assertEquals(List.of("RF-CAUDA-EQUINA"), ids(esi.conflicting()));
        assertTrue(whatIfs(esi).contains("REMOVE redFlags SADDLE_ANESTHESIA -> CANDIDATE"), whatIfs(esi).toString());
    }

    @Test
    void onlyUnreportedInputsThatCanChangeTheStatusAreMissing() {
        TriageExplainer explainer = new TriageExplainer(shippedShapes().engine());

        TherapyExplanation esi = of(explainer.explain(sciatica().conservativeCareWeeks(null).painScore(null).build(), PolicyProfile.US_CMS, false),
                EPIDURAL_STEROID_INJECTION);

        assertEquals(TherapyStatus.DEFERRED, esi.status());
        assertEquals(List.of("conservativeCare.weeks", "painScore"),
                esi.missing().stream().map(TriageExplanation.MissingInput::field).toList());
        assertEquals(List.of("ESI-PRE-CONSERVATIVE-CARE"), esi.missing().get(0).ruleIds());
        // The straight-leg raise is unreported too, but it only adds score: it never moves ESI.
        assertTrue(esi.conflicting().isEmpty(), "a gate that is unknown is missing, not conflicting");
    }

    @Test
    void notIndicatedTherapyGetsTheChangeThatEstablishesItsPattern() {
        TriageExplainer explainer = new TriageExplainer(shippedShapes().engine());

        TherapyExplanation mbb = of(explainer.explain(sciatica().build(), PolicyProfile.US_CMS, false), MEDIAL_BRANCH_BLOCK);

        assertEquals(TherapyStatus.NOT_INDICATED, mbb.status());
        assertTrue(whatIfs(mbb).contains("REMOVE painLocations LEG_BELOW_KNEE -> CANDIDATE"), whatIfs(mbb).toString());
    }

    @Test
    void aPriorInjectionAtTheRulesReliefThresholdIsTriedAndMovesRfa() {
        TriageExplainer explainer = new TriageExplainer(shippedShapes().engine());

        TherapyExplanation rfa = of(explainer.explain(patient().prior(
                new PriorInjection(MEDIAL_BRANCH_BLOCK, 90, 4)).build(), PolicyProfile.US_CMS, false), RADIOFREQUENCY_ABLATION);

        assertEquals(TherapyStatus.DEFERRED, rfa.status());
        String secondBlock = "ADD priorInjections MEDIAL_BRANCH_BLOCK, relief 80%, 0 weeks ago -> CANDIDATE";
        assertTrue(whatIfs(rfa).contains(secondBlock), whatIfs(rfa).toString());
    }

    @Test
    void theLastSymptomIsNeverRemovedBecauseTheRequestNeedsOne() {
        TriageExplainer explainer = new TriageExplainer(shippedShapes().engine());

        TriageExplanation explanation = explainer.explain(sciatica().build(), PolicyProfile.US_CMS, false);

        assertFalse(explanation.therapies().stream().flatMap(t -> t.whatIfs().stream())
                .anyMatch(w -> w.change().kind() == InputChange.Kind.REMOVE && w.change().field().equals("symptoms")));
    }

    @Test
    void everyWhatIfIsWhatTheEngineAnswersForTheChangedReport() {
        TriageEngine engine = shippedShapes().engine();
        PatientReport report = sciatica().durationWeeks(3).painScore(null).conservativeCareWeeks(null).build();

        TriageExplanation explanation = new TriageExplainer(engine).explain(report, PolicyProfile.US_CMS, true);

        assertEquals(WhatIfChanges.of(engine.ruleset().rules(), report).size(), explanation.reevaluations());
        assertFalse(explanation.truncated());
        int checked = 0;
        for (TherapyExplanation therapy : explanation.therapies()) {
            for (WhatIf whatIf : therapy.whatIfs()) {
                assertEquals(therapy.status(), whatIf.from());
                assertEquals(whatIf.to(), landing(therapy.therapy(),
                        engine.evaluate(whatIf.change().applyTo(report))), whatIf.toString());
                checked++;
            }
        }
        assertTrue(checked > 5, "only " + checked + " what-ifs");
    }

    @Test
    void theNumberOfReevaluationsIsCappedWhateverTheRulesetsSize() {
        Rulesets many = shippedShapes();
        for (int weeks = 1; weeks <= 400; weeks++) {
            many.rule("ESI-SUP-" + weeks, RuleKind.SUPPORTING_FINDING, EPIDURAL_STEROID_INJECTION,
                    atLeast(InputCatalogue.DURATION_WEEKS, weeks), 0);
        }

        TriageExplanation explanation = new TriageExplainer(many.engine()).explain(sciatica().build(), PolicyProfile.US_CMS, false);

        assertEquals(TriageExplainer.MAX_REEVALUATIONS, explanation.reevaluations());
        assertTrue(explanation.truncated());
    }

    /** Where a therapy lands, read from the answer's lists here, not through TherapyStatus.of: a check of its own. */
    private static TherapyStatus landing(Therapy therapy, TriageOutcome outcome) {
        if (outcome.candidates().stream().anyMatch(a -> a.therapy() == therapy)) {
            return TherapyStatus.CANDIDATE;
        }
        if (outcome.deferred().stream().anyMatch(a -> a.therapy() == therapy)) {
            return TherapyStatus.DEFERRED;
        }
        return outcome.excluded().stream().anyMatch(a -> a.therapy() == therapy) ? TherapyStatus.EXCLUDED
                : TherapyStatus.NOT_INDICATED;
    }
}
