package dev.spinetriage.triage;

import dev.spinetriage.rules.Evidence;
import dev.spinetriage.rules.Finding;
import dev.spinetriage.rules.TherapyAssessment;
import dev.spinetriage.rules.TriageOutcome;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.triage.dto.TriageRequest;
import dev.spinetriage.triage.dto.TriageResponse;
import dev.spinetriage.triage.dto.TriageResponse.CandidateDto;
import dev.spinetriage.triage.dto.TriageResponse.CriterionDto;
import dev.spinetriage.triage.dto.TriageResponse.DeferredDto;
import dev.spinetriage.triage.dto.TriageResponse.EvidenceDto;
import dev.spinetriage.triage.dto.TriageResponse.ExcludedDto;
import dev.spinetriage.triage.dto.TriageResponse.ExclusionReasonDto;
import dev.spinetriage.triage.dto.TriageResponse.FindingDto;
import dev.spinetriage.triage.dto.TriageResponse.FollowUpQuestionDto;
import dev.spinetriage.triage.dto.TriageResponse.RedFlagDto;
import dev.spinetriage.triage.dto.TriageResponse.UnmetPrerequisiteDto;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Translates between the HTTP contract (DTOs) and the engine's values. No logic beyond the translation. */
public final class TriageMapper {

    static final String DISCLAIMER = "Decision support for a pain-management specialist, not a diagnosis and not a "
            + "treatment order. The specialist must assess the patient, confirm the history and examination, and "
            + "decide. Red flags require the urgent care they name before any injection is considered.";

    private TriageMapper() {}

    public static PatientReport toReport(TriageRequest request) {
        return RequestInputs.toReport(request);
    }

    public static TriageResponse toResponse(UUID triageId, OffsetDateTime createdAt, TriageOutcome outcome) {
        return new TriageResponse(triageId, createdAt, outcome.rulesetVersion(), outcome.policyProfile(),
                outcome.disposition(),
                outcome.redFlags().stream().map(r -> new RedFlagDto(r.code(), r.urgency().name(), r.message(),
                        r.source(), r.triggeredBy())).toList(),
                outcome.candidates().stream().map(TriageMapper::candidate).toList(),
                outcome.deferred().stream().map(TriageMapper::deferred).toList(),
                outcome.excluded().stream().map(e -> new ExcludedDto(e.therapy().name(), e.profile().name(),
                        e.exclusions().stream().map(f -> new ExclusionReasonDto(f.code(), f.message(), f.source(),
                                f.reasonKind().name())).toList())).toList(),
                outcome.followUpQuestions().stream().map(q -> new FollowUpQuestionDto(q.field(), q.question(),
                        q.why())).toList(),
                DISCLAIMER);
    }

    private static CandidateDto candidate(TherapyAssessment a) {
        return new CandidateDto(a.therapy().name(), a.profile().name(), a.profile().purpose().name(), a.rank(),
                a.score(), a.rationale(), a.matchedRules(), findings(a.cautions()), evidence(a), criteria(a));
    }

    private static DeferredDto deferred(TherapyAssessment a) {
        return new DeferredDto(a.therapy().name(), a.profile().name(),
                a.unmetPrerequisites().stream().map(u -> new UnmetPrerequisiteDto(u.code(), u.message(), u.source(),
                        u.notReported() ? "NOT_REPORTED" : "NOT_MET")).toList(),
                a.rationale(), a.matchedRules(), findings(a.cautions()), evidence(a), criteria(a));
    }

    private static List<FindingDto> findings(List<Finding> findings) {
        return findings.stream().map(f -> new FindingDto(f.code(), f.message(), f.source())).toList();
    }

    private static List<CriterionDto> criteria(TherapyAssessment a) {
        return a.criteria().stream().map(c -> new CriterionDto(c.id(), c.text(), c.status().name(), c.inputs(),
                c.missing().isEmpty() ? null : c.missing(), c.citation())).toList();
    }

    private static List<EvidenceDto> evidence(TherapyAssessment a) {
        return a.evidence().stream().map(TriageMapper::evidence).toList();
    }

    private static EvidenceDto evidence(Evidence e) {
        return new EvidenceDto(e.citation(), e.level() == null ? null : e.level().name(), e.source());
    }
}
