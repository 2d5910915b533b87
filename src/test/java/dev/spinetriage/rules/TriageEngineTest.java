package dev.spinetriage.rules;

import static dev.spinetriage.rules.Reports.patient;
import static dev.spinetriage.rules.Rulesets.always;
import static dev.spinetriage.rules.Rulesets.atLeast;
import static dev.spinetriage.rules.Rulesets.has;
import static dev.spinetriage.rules.Rulesets.ruleset;
import static dev.spinetriage.rules.code.Therapy.EPIDURAL_STEROID_INJECTION;
import static dev.spinetriage.rules.code.Therapy.MEDIAL_BRANCH_BLOCK;
import static dev.spinetriage.rules.code.Therapy.RADIOFREQUENCY_ABLATION;
import static dev.spinetriage.rules.code.Therapy.REGENERATIVE_INJECTION;
import static dev.spinetriage.rules.code.Therapy.TRIGGER_POINT_INJECTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import dev.spinetriage.rules.input.InputCatalogue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's semantics, one rule kind at a time, on hand-built rulesets (no framework, no database). */
class TriageEngineTest {

    private static final Condition AXIAL = has(InputCatalogue.SYMPTOMS, Symptom.AXIAL_PAIN);

    @Test
    void indicationMakesTherapyACandidateWithItsReasons() {
        TriageOutcome outcome = ruleset().rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .engine().evaluate(patient().build());

        assertEquals(Disposition.INTERVENTIONAL_CANDIDATE, outcome.disposition());
        TherapyAssessment candidate = outcome.candidates().get(0);
        assertEquals(MEDIAL_BRANCH_BLOCK, candidate.therapy());
        assertEquals(List.of("MBB-IND"), candidate.matchedRules());
        assertEquals(List.of("message of MBB-IND"), candidate.rationale());
        assertEquals(1, candidate.rank());
    }

    @Test
    void therapyWithoutAMatchingIndicationIsInNoList() {
        TriageOutcome outcome = ruleset()
                .rule("ESI-IND", RuleKind.INDICATION, EPIDURAL_STEROID_INJECTION,
                        has(InputCatalogue.SYMPTOMS, Symptom.RADIATING_PAIN), 3)
                .engine().evaluate(patient().build());

        assertEquals(Disposition.SPECIALIST_REVIEW, outcome.disposition());
        assertTrue(outcome.candidates().isEmpty() && outcome.deferred().isEmpty() && outcome.excluded().isEmpty());
    }

    @Test
    void supportingFindingAddsScoreButNeverEstablishesThePattern() {
        Rulesets rules = ruleset()
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .rule("MBB-SUP", RuleKind.SUPPORTING_FINDING, MEDIAL_BRANCH_BLOCK,
                        has(InputCatalogue.SYMPTOMS, Symptom.DECREASED_MOBILITY), 1)
                .rule("TPI-SUP", RuleKind.SUPPORTING_FINDING, TRIGGER_POINT_INJECTION,
                        has(InputCatalogue.SYMPTOMS, Symptom.DECREASED_MOBILITY), 5);

        TriageOutcome outcome = rules.engine()
                .evaluate(patient().symptoms(Symptom.AXIAL_PAIN, Symptom.DECREASED_MOBILITY).build());

        assertEquals(1, outcome.candidates().size());
        assertEquals(3, outcome.candidates().get(0).score());
    }

    @Test
    void redFlagWinsOverEveryCandidate() {
        TriageOutcome outcome = ruleset()
                .redFlag("RF-CES", Urgency.EMERGENCY, has(InputCatalogue.RED_FLAGS, RedFlag.SADDLE_ANESTHESIA))
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .engine().evaluate(patient().redFlags(RedFlag.SADDLE_ANESTHESIA).build());

        assertEquals(Disposition.EMERGENCY, outcome.disposition());
        assertTrue(outcome.candidates().isEmpty());
        assertEquals(List.of("SADDLE_ANESTHESIA"), outcome.redFlags().get(0).triggeredBy());
        assertEquals(Evaluation.RED_FLAG_MUST_BE_CLEARED, outcome.excluded().get(0).exclusions().get(0).code());
    }

    @Test
    void emergencyOutranksUrgent() {
        TriageOutcome outcome = ruleset()
                .redFlag("RF-URGENT", Urgency.URGENT, has(InputCatalogue.RED_FLAGS, RedFlag.FEVER))
                .redFlag("RF-EMERGENCY", Urgency.EMERGENCY, has(InputCatalogue.RED_FLAGS, RedFlag.BOWEL_DYSFUNCTION))
                .engine().evaluate(patient().redFlags(RedFlag.FEVER, RedFlag.BOWEL_DYSFUNCTION).build());

        assertEquals(Disposition.EMERGENCY, outcome.disposition());
        assertEquals(2, outcome.redFlags().size());
    }

    @Test
    void advisoryRedFlagCautionsEveryCandidateWithoutChangingTheDisposition() {
        TriageOutcome outcome = ruleset()
                .redFlag("RF-NIGHT", Urgency.ADVISORY, has(InputCatalogue.RED_FLAGS, RedFlag.NIGHT_PAIN))
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .engine().evaluate(patient().redFlags(RedFlag.NIGHT_PAIN).build());

        assertEquals(Disposition.INTERVENTIONAL_CANDIDATE, outcome.disposition());
        assertEquals("RF-NIGHT", outcome.candidates().get(0).cautions().get(0).code());
    }

    @Test
    void advisoryRedFlagAsksForTheFindingsItNamesToRuleOutWhenTheyWouldChangeTheAnswer() {
        TriageOutcome outcome = ruleset()
                .redFlag("RF-NIGHT", Urgency.ADVISORY, new Condition.AllOf(List.of(
                        has(InputCatalogue.RED_FLAGS, RedFlag.NIGHT_PAIN),
                        new Condition.Not(has(InputCatalogue.RED_FLAGS, RedFlag.FEVER, RedFlag.HISTORY_OF_CANCER)))))
                .redFlag("RF-FEVER", Urgency.URGENT, has(InputCatalogue.RED_FLAGS, RedFlag.FEVER))
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .engine().evaluate(patient().redFlags(RedFlag.NIGHT_PAIN).build());

        assertEquals(1, outcome.followUpQuestions().size(), outcome.followUpQuestions().toString());
        FollowUpQuestion screening = outcome.followUpQuestions().get(0);
        assertEquals("redFlags", screening.field());
        assertTrue(screening.question().contains("FEVER"), screening.question());
        assertTrue(screening.question().contains("HISTORY_OF_CANCER"), screening.question());
    }

    @Test
    void contraindicationExcludesTheTherapyWithItsReason() {
        TriageOutcome outcome = ruleset()
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .rule("ALL-CI", RuleKind.CONTRAINDICATION, null,
                        has(InputCatalogue.CONTRAINDICATIONS, Contraindication.SYSTEMIC_INFECTION), 0)
                .engine().evaluate(patient().contraindications(Contraindication.SYSTEMIC_INFECTION).build());

        assertEquals(Disposition.SPECIALIST_REVIEW, outcome.disposition());
        assertEquals("ALL-CI", outcome.excluded().get(0).exclusions().get(0).code());
    }

    @Test
    void cautionKeepsTheTherapyOnOfferAndIsShown() {
        TriageOutcome outcome = ruleset()
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .rule("MBB-ANTICOAG", RuleKind.CAUTION, MEDIAL_BRANCH_BLOCK,
                        has(InputCatalogue.CONTRAINDICATIONS, Contraindication.ANTICOAGULANT_THERAPY), 0)
                .engine().evaluate(patient().contraindications(Contraindication.ANTICOAGULANT_THERAPY).build());

        assertEquals(List.of("MBB-ANTICOAG"),
                outcome.candidates().get(0).cautions().stream().map(Finding::code).toList());
    }

    @Test
    void reportedContraindicationThatNoRuleAssessesIsStillShownAsACaution() {
        TriageOutcome outcome = ruleset().rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .engine().evaluate(patient().contraindications(Contraindication.PREGNANCY).build());

        Finding caution = outcome.candidates().get(0).cautions().get(0);
        assertEquals("PREGNANCY", caution.code());
        assertTrue(caution.message().contains("no rule"), caution.message());
    }

    @Test
    void unmetConservativeCareGateDefersTheTherapyAndAsksForConservativeCareFirst() {
        TriageOutcome outcome = ruleset()
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .gate("MBB-DURATION", MEDIAL_BRANCH_BLOCK, atLeast(InputCatalogue.DURATION_WEEKS, 12))
                .engine().evaluate(patient().durationWeeks(2).build());

        assertEquals(Disposition.CONSERVATIVE_CARE_FIRST, outcome.disposition());
        UnmetPrerequisite unmet = outcome.deferred().get(0).unmetPrerequisites().get(0);
        assertEquals("MBB-DURATION", unmet.code());
        assertEquals(false, unmet.notReported());
    }

    @Test
    void prerequisiteThatCannotBeCheckedDefersAndAsksTheMissingInputInsteadOfGuessing() {
        TriageOutcome outcome = ruleset()
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 2)
                .gate("MBB-DURATION", MEDIAL_BRANCH_BLOCK, atLeast(InputCatalogue.DURATION_WEEKS, 12))
                .engine().evaluate(patient().durationWeeks(null).build());

        assertEquals(Disposition.SPECIALIST_REVIEW, outcome.disposition());
        assertTrue(outcome.deferred().get(0).unmetPrerequisites().get(0).notReported());
        assertEquals("durationWeeks", outcome.followUpQuestions().get(0).field());
    }

    @Test
    void nonGatePrerequisiteDefersWithoutSayingConservativeCareFirst() {
        TriageOutcome outcome = ruleset()
                .rule("RFA-IND", RuleKind.INDICATION, RADIOFREQUENCY_ABLATION, AXIAL, 2)
                .rule("RFA-BLOCKS", RuleKind.PREREQUISITE, RADIOFREQUENCY_ABLATION,
                        new Condition.PriorInjectionCount(MEDIAL_BRANCH_BLOCK, 80, null, null, 2, null), 0)
                .engine().evaluate(patient().build());

        assertEquals(Disposition.SPECIALIST_REVIEW, outcome.disposition());
        assertEquals(RADIOFREQUENCY_ABLATION, outcome.deferred().get(0).therapy());
    }

    @Test
    void investigationalTherapyRanksAfterStandardOnesWhateverItsScore() {
        TriageOutcome outcome = ruleset()
                .rule("REGEN-IND", RuleKind.INDICATION, REGENERATIVE_INJECTION, always(), 10)
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 1)
                .engine().evaluate(patient().build());

        assertEquals(List.of(MEDIAL_BRANCH_BLOCK, REGENERATIVE_INJECTION),
                outcome.candidates().stream().map(TherapyAssessment::therapy).toList());
        assertEquals(List.of(1, 2), outcome.candidates().stream().map(TherapyAssessment::rank).toList());
    }

    @Test
    void diagnosticBlockRanksBeforeTheTherapyItUnlocks() {
        TriageOutcome outcome = ruleset()
                .rule("RFA-IND", RuleKind.INDICATION, RADIOFREQUENCY_ABLATION, AXIAL, 5)
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, AXIAL, 1)
                .engine().evaluate(patient().build());

        assertEquals(List.of(MEDIAL_BRANCH_BLOCK, RADIOFREQUENCY_ABLATION),
                outcome.candidates().stream().map(TherapyAssessment::therapy).toList());
    }

    @Test
    void everyTherapyAppearsInAtMostOneList() {
        TriageOutcome outcome = ruleset()
                .rule("MBB-IND", RuleKind.INDICATION, MEDIAL_BRANCH_BLOCK, always(), 1)
                .rule("RFA-IND", RuleKind.INDICATION, RADIOFREQUENCY_ABLATION, always(), 1)
                .rule("TPI-IND", RuleKind.INDICATION, TRIGGER_POINT_INJECTION, always(), 1)
                .rule("TPI-CI", RuleKind.CONTRAINDICATION, TRIGGER_POINT_INJECTION, always(), 0)
                .rule("TPI-GATE", RuleKind.PREREQUISITE, TRIGGER_POINT_INJECTION, atLeast(InputCatalogue.PAIN_SCORE, 9), 0)
                .gate("RFA-GATE", RADIOFREQUENCY_ABLATION, atLeast(InputCatalogue.DURATION_WEEKS, 99))
                .engine().evaluate(patient().build());

        List<Therapy> all = Stream.of(outcome.candidates(), outcome.deferred(), outcome.excluded())
                .flatMap(List::stream).map(TherapyAssessment::therapy).toList();
        assertEquals(all.size(), all.stream().distinct().count());
        assertEquals(TRIGGER_POINT_INJECTION, outcome.excluded().get(0).therapy());
        assertEquals(RADIOFREQUENCY_ABLATION, outcome.deferred().get(0).therapy());
    }
}
