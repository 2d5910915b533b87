package dev.spinetriage.triage;

import dev.spinetriage.rules.TriageExplanation;
import dev.spinetriage.rules.TriageExplanation.RuleReason;
import dev.spinetriage.rules.TriageExplanation.TherapyExplanation;
import dev.spinetriage.triage.dto.ExplainResponse;
import dev.spinetriage.triage.dto.ExplainResponse.ExplainedInputDto;
import dev.spinetriage.triage.dto.ExplainResponse.ExplainedRuleDto;
import dev.spinetriage.triage.dto.ExplainResponse.ExplainedTherapyDto;
import dev.spinetriage.triage.dto.ExplainResponse.MissingInputDto;
import dev.spinetriage.triage.dto.ExplainResponse.WhatIfDto;
import java.util.List;

/** Translates the engine's explanation into the HTTP contract. No logic beyond the translation. */
final class ExplainMapper {

    private ExplainMapper() {}

    static ExplainResponse toResponse(TriageExplanation explanation) {
        return new ExplainResponse(explanation.outcome().rulesetVersion(), explanation.outcome().disposition(),
                explanation.therapies().stream().map(ExplainMapper::therapy).toList(), explanation.reevaluations(),
                explanation.truncated(), TriageMapper.DISCLAIMER);
    }

    private static ExplainedTherapyDto therapy(TherapyExplanation t) {
        return new ExplainedTherapyDto(t.therapy().name(), t.name(), t.status().name(), rules(t.supporting()),
                rules(t.conflicting()),
                t.missing().stream().map(m -> new MissingInputDto(m.field(), m.question(), m.ruleIds())).toList(),
                t.whatIfs().stream().map(w -> new WhatIfDto(w.change().field(), w.change().kind().name(),
                        w.change().value(), w.to().name())).toList());
    }

    private static List<ExplainedRuleDto> rules(List<RuleReason> reasons) {
        return reasons.stream().map(r -> new ExplainedRuleDto(r.ruleId(), r.kind().name(), r.code(), r.message(),
                r.source(), r.inputs().stream().map(i -> new ExplainedInputDto(i.field(), i.value())).toList()))
                .toList();
    }
}
