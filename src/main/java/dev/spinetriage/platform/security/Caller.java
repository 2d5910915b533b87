package dev.spinetriage.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;

/**
 * The client behind a request, as the API key it authenticated with: its id, name, whether it administers, and the
 * governing policy its triages default to (a policy profile's name, or null for the service's default).
 */
public record Caller(UUID keyId, String keyName, boolean rulesAdmin, String defaultPolicyProfile) {

    /** The identity attribute that carries the key's name (the principal's name is the key id). */
    static final String KEY_NAME = "spinetriage.api-key-name";
    /** The identity attribute that carries the key's default policy profile, when it has one. */
    static final String DEFAULT_POLICY_PROFILE = "spinetriage.default-policy-profile";

    /** Only for identities of endpoints that require a key; an anonymous identity has none. */
    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new IllegalStateException("No API key on this request");
        }
        return new Caller(UUID.fromString(identity.getPrincipal().getName()), identity.getAttribute(KEY_NAME),
                identity.hasRole(Roles.RULES_ADMIN), identity.getAttribute(DEFAULT_POLICY_PROFILE));
    }
}
