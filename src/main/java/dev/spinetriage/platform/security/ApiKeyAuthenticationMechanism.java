package dev.spinetriage.platform.security;

import dev.spinetriage.platform.problem.ProblemResponses;
import dev.spinetriage.platform.problem.SecurityProblems;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <API key>}. A request without that header is anonymous (open endpoints serve it;
 * the others answer 401); a request with it is authenticated before anything else runs, and a bad key is a 401 even
 * on an open endpoint. The CDS Hooks paths are not its business: CDS clients authenticate with signed JWTs there
 * ({@link AuthenticationScopes}), and an API key is never read on them.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "Bearer";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private final ProblemResponses problems;

    ApiKeyAuthenticationMechanism(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (AuthenticationScopes.isCdsHooks(context.request().path())) {
            return Uni.createFrom().nullItem();
        }
        String key = bearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyAuthenticationRequest(key), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (AuthenticationScopes.isCdsHooks(context.request().path())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, WWW_AUTHENTICATE, SCHEME));
    }

    /**
     * Quarkus ends a challenged response itself, with an empty body, on paths that never reach a JAX-RS mapper or a
     * failure handler (a bad key, an HTTP permission denying an anonymous request). Writing the problem here makes
     * every 401 problem+json, whichever path led to it.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (AuthenticationScopes.isCdsHooks(context.request().path())) {
            return Uni.createFrom().item(false);
        }
        context.response().putHeader(WWW_AUTHENTICATE, SCHEME);
        problems.send(context, SecurityProblems.unauthorized(context.request()));
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }

    /** The token after "Bearer " (scheme case-insensitive, RFC 9110), or null for no or another scheme. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return null;
        }
        return authorization.substring(SCHEME.length() + 1).trim();
    }
}
