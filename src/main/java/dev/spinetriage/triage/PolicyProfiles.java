package dev.spinetriage.triage;

import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.rules.code.PolicyProfile;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which governing policy answers a request: the one it names, else its API key's (or CDS client's) default, else
 * the service's ({@code spinetriage.default-policy-profile}).
 */
@ApplicationScoped
public class PolicyProfiles {

    private final PolicyProfileConfig config;

    PolicyProfiles(PolicyProfileConfig config) {
        this.config = config;
    }

    public PolicyProfile resolve(PolicyProfile requested, Caller caller) {
        if (requested != null) {
            return requested;
        }
        return caller != null && caller.defaultPolicyProfile() != null
                ? PolicyProfile.valueOf(caller.defaultPolicyProfile()) : config.defaultPolicyProfile();
    }

    /** For an answer stored before profiles existed (it names none), or a golden case that names none. */
    public PolicyProfile orDefault(PolicyProfile stated) {
        return stated != null ? stated : config.defaultPolicyProfile();
    }
}
