package dev.spinetriage.ruleset;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once a ruleset is compiled: without rules the service cannot triage. */
@Readiness
@ApplicationScoped
public class RulesetReadiness implements HealthCheck {

    private final ActiveRuleset activeRuleset;

    RulesetReadiness(ActiveRuleset activeRuleset) {
        this.activeRuleset = activeRuleset;
    }

    @Override
    public HealthCheckResponse call() {
        var engine = activeRuleset.engine();
        return HealthCheckResponse.named("rules-loaded").status(engine != null)
                .withData("rulesetVersion", engine == null ? "none" : engine.rulesetVersion()).build();
    }
}
