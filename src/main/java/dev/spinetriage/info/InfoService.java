package dev.spinetriage.info;

import dev.spinetriage.info.dto.InfoResponse.ActiveRulesetDto;
import dev.spinetriage.info.dto.InfoResponse;
import dev.spinetriage.platform.openapi.SpineTriageApi;
import dev.spinetriage.rules.code.PolicyProfile;
import dev.spinetriage.ruleset.RulesetEntity;
import dev.spinetriage.triage.PolicyProfileConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The versions a client may want to log next to an answer: API, build and active ruleset. */
@ApplicationScoped
public class InfoService {

    private final String buildVersion;
    private final PolicyProfileConfig profiles;

    InfoService(@ConfigProperty(name = "quarkus.application.version") String buildVersion,
            PolicyProfileConfig profiles) {
        this.buildVersion = buildVersion;
        this.profiles = profiles;
    }

    /** Reads the active ruleset from the database, so the answer is current the moment an admin switches it. */
    @Transactional
    public InfoResponse info() {
        ActiveRulesetDto active = RulesetEntity.findActive().map(r -> new ActiveRulesetDto(r.version, r.publishedAt))
                .orElseThrow(() -> new IllegalStateException("No active ruleset in the database"));
        return new InfoResponse(SpineTriageApi.VERSION, buildVersion, active, List.of(PolicyProfile.values()),
                profiles.defaultPolicyProfile());
    }
}
