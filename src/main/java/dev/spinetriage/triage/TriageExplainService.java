package dev.spinetriage.triage;

import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.rules.TriageExplainer;
import dev.spinetriage.ruleset.ActiveRuleset;
import dev.spinetriage.triage.dto.ExplainResponse;
import dev.spinetriage.triage.dto.TriageRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** Explains a triage against the active ruleset. Stores nothing and counts in no triage metric. */
@ApplicationScoped
public class TriageExplainService {

    private final ActiveRuleset activeRuleset;
    private final PolicyProfiles profiles;

    TriageExplainService(ActiveRuleset activeRuleset, PolicyProfiles profiles) {
        this.activeRuleset = activeRuleset;
        this.profiles = profiles;
    }

    /**
     * Under the policy profile a triage of the same request by the same client would be answered under.
     *
     * @param includeHazards also list what-ifs that add a red flag, contraindication, device or pregnancy
     */
    public ExplainResponse explain(TriageRequest request, Caller caller, boolean includeHazards) {
        TriageExplainer explainer = new TriageExplainer(activeRuleset.engine());
        return ExplainMapper.toResponse(explainer.explain(TriageMapper.toReport(request),
                profiles.resolve(request.policyProfile(), caller), includeHazards));
    }
}
