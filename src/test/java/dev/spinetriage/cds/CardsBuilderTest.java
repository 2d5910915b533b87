package dev.spinetriage.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.cds.dto.Card;
import dev.spinetriage.rules.Disposition;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.triage.dto.TriageResponse;
import dev.spinetriage.triage.dto.TriageResponse.CandidateDto;
import dev.spinetriage.triage.dto.TriageResponse.DeferredDto;
import dev.spinetriage.triage.dto.TriageResponse.EvidenceDto;
import dev.spinetriage.triage.dto.TriageResponse.FindingDto;
import dev.spinetriage.triage.dto.TriageResponse.RedFlagDto;
import dev.spinetriage.triage.dto.TriageResponse.UnmetPrerequisiteDto;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardsBuilderTest {

    private static final CardsBuilder BUILDER = new CardsBuilder("https://triage.example");

    @Test
    void aRedFlagNeedingEmergencyCareIsCriticalAndAnAdvisoryOneAWarning() {
        List<PlannedCard> cards = BUILDER.build(response(List.of(
                new RedFlagDto("CAUDA_EQUINA", "EMERGENCY", "Suspected cauda equina.", "NICE-CKS-RF",
                        List.of("SADDLE_ANESTHESIA")),
                new RedFlagDto("NIGHT_PAIN", "ADVISORY", "Night pain.", "NICE-CKS-RF", List.of("NIGHT_PAIN"))),
                List.of(), List.of()), List.of());

        assertEquals("critical", cards.get(0).card().indicator());
        assertEquals(CardKind.RED_FLAG, cards.get(0).kind());
        assertEquals("CAUDA_EQUINA", cards.get(0).subject());
        assertEquals("warning", cards.get(1).card().indicator());
    }

    @Test
    void aCandidateWithCautionsIsAWarningLinkingToItsTherapyAndCitingItsEvidence() {
        CandidateDto esi = new CandidateDto("EPIDURAL_STEROID_INJECTION", "Epidural steroid injection",
                "THERAPEUTIC", 1, 5, List.of("Radicular pain."), List.of("ESI-IND-RADICULAR"),
                List.of(new FindingDto("ANTICOAGULANT_THERAPY", "Hold anticoagulants.", "ASRA-2018")),
                List.of(new EvidenceDto("LCD-ESI", "MODERATE", "LCD-ESI")), List.of());

        PlannedCard card = BUILDER.build(response(List.of(), List.of(esi), List.of()), List.of()).get(0);

        assertEquals("warning", card.card().indicator());
        assertEquals("https://triage.example/therapies/EPIDURAL_STEROID_INJECTION",
                card.card().links().get(0).url());
        assertEquals("https://triage.example/", card.card().source().url());
        assertTrue(card.card().detail().contains("LCD-ESI (MODERATE)"), card.card().detail());
        assertEquals(List.of("ESI-IND-RADICULAR"), card.ruleIds());
        assertTrue(card.card().overrideReasons().size() >= 3);
    }

    @Test
    void deferredTherapiesShareOnePathwayCard() {
        DeferredDto rfa = new DeferredDto("RADIOFREQUENCY_ABLATION", "Radiofrequency ablation",
                List.of(new UnmetPrerequisiteDto("MBB_FIRST", "Two positive medial branch blocks first.", "LCD-RFA",
                        "NOT_MET")), List.of(), List.of(), List.of(), List.of(), List.of());

        List<PlannedCard> cards = BUILDER.build(response(List.of(), List.of(), List.of(rfa)), List.of("x"));

        assertEquals(CardKind.PATHWAY, cards.get(0).kind());
        assertTrue(cards.get(0).card().detail().contains("Two positive medial branch blocks first."));
        assertEquals(CardKind.NOT_USED, cards.get(1).kind());
    }

    @Test
    void everySummaryFitsIn140Characters() {
        String longMessage = "x".repeat(300);
        Card card = BUILDER.build(response(List.of(new RedFlagDto("F", "URGENT", longMessage, "S", List.of("F"))),
                List.of(), List.of()), List.of()).get(0).card();

        assertEquals(140, card.summary().length());
    }

    @Test
    void theIncompleteCardHasNoUuidBecauseNothingWasTriaged() {
        Card card = CardsBuilder.incomplete(List.of("symptoms"), List.of("Condition/c1: `code`"));

        assertNull(card.uuid());
        assertTrue(card.detail().contains("\\`code\\`"), "FHIR text is escaped: " + card.detail());
    }

    private static TriageResponse response(List<RedFlagDto> flags, List<CandidateDto> candidates,
            List<DeferredDto> deferred) {
        return new TriageResponse(UUID.randomUUID(), OffsetDateTime.now(), "2026.11.0", PolicyProfile.US_CMS,
                Disposition.SPECIALIST_REVIEW, flags, candidates, deferred, List.of(), List.of(),
                "Decision support, never a diagnosis.");
    }
}
