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

    /** @param includeHazards also list what-ifs that add a red flag, contraindication, device or pregnancy */
    public ExplainResponse explain(TriageRequest request, boolean includeHazards) {
        TriageExplainer explainer = new TriageExplainer(activeRuleset.engine());
        return ExplainMapper.toResponse(explainer.explain(TriageMapper.toReport(request), includeHazards));
    }
}
