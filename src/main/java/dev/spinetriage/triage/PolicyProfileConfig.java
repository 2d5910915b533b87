package dev.spinetriage.triage;

import dev.spinetriage.rules.code.PolicyProfile;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** The governing policy a triage is answered under when neither the request nor the API key names one. */
@ConfigMapping(prefix = "spinetriage.default-policy-profile")
public interface PolicyProfileConfig {

    /** {@code spinetriage.default-policy-profile}: US_CMS, the policy of every answer before profiles existed. */
    @WithParentName
    @WithDefault("US_CMS")
    PolicyProfile defaultPolicyProfile();
}
