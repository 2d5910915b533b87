package dev.spinetriage.cds.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The JWT a CDS client sent and the audience it must name: the URL of the endpoint it called. */
final class CdsJwtAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;
    private final String audience;

    CdsJwtAuthenticationRequest(String token, String audience) {
        this.token = token;
        this.audience = audience;
    }

    String token() {
        return token;
    }

    String audience() {
        return audience;
    }
}
