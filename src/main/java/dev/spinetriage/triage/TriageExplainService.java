package dev.spinetriage.triage;

import dev.spinetriage.rules.TriageExplainer;
import dev.spinetriage.ruleset.ActiveRuleset;
import dev.spinetriage.triage.dto.ExplainResponse;
import dev.spinetriage.triage.dto.TriageRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** Explains a triage against the active ruleset. Stores nothing and counts in no triage metric. */
@ApplicationScoped
public class TriageExplainService {

    private final ActiveRuleset activeRuleset;

    TriageExplainService(ActiveRuleset activeRuleset) {
        this.activeRuleset = activeRuleset;
    }

    public ExplainResponse explain(TriageRequest request) {
        TriageExplainer explainer = new TriageExplainer(activeRuleset.engine());
        return ExplainMapper.toResponse(explainer.explain(TriageMapper.toReport(request)));
    }
}
