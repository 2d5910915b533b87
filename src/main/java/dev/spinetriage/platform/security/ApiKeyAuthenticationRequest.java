package dev.spinetriage.platform.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The key a client sent as {@code Authorization: Bearer <key>}, to be checked by {@link ApiKeyIdentityProvider}. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
