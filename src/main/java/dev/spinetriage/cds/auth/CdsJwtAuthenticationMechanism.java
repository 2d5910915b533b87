package dev.spinetriage.cds.auth;

import dev.spinetriage.cds.CdsConfig;
import io.quarkus.security.AuthenticationFailedException;
import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemResponses;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.platform.security.AuthenticationScopes;
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
 * Authenticates the CDS Hooks service and feedback calls ({@code /cds-services/...}) with the JWT the CDS client
 * signs, and nothing else: the plain API keeps its API keys, and the discovery document is public. A call without a
 * valid token is a 401 problem saying what was wrong with it.
 */
@ApplicationScoped
public class CdsJwtAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer";
    private static final String REFUSAL = CdsJwtAuthenticationMechanism.class.getName() + ".refusal";

    private final ProblemResponses problems;
    private final String publicBaseUrl;

    CdsJwtAuthenticationMechanism(ProblemResponses problems, CdsConfig config) {
        this.problems = problems;
        this.publicBaseUrl = config.publicBaseUrl().replaceAll("/+$", "");
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String path = context.request().path();
        if (!AuthenticationScopes.isCdsHooks(path) || AuthenticationScopes.isCdsHooksDiscovery(path)) {
            return Uni.createFrom().nullItem();
        }
        String token = bearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            context.put(REFUSAL, "CDS Hooks calls need the CDS client's JWT: 'Authorization: Bearer <JWT>'.");
            return Uni.createFrom().failure(new AuthenticationFailedException("No bearer token"));
        }
        var request = new CdsJwtAuthenticationRequest(token, publicBaseUrl + path);
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context))
                .onFailure(AuthenticationFailedException.class).invoke(refused -> context.put(REFUSAL, refused.getMessage()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!AuthenticationScopes.isCdsHooks(context.request().path())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", SCHEME));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!AuthenticationScopes.isCdsHooks(context.request().path())) {
            return Uni.createFrom().item(false);
        }
        String detail = context.get(REFUSAL);
        context.response().putHeader("WWW-Authenticate", SCHEME);
        problems.send(context, Problem.of(ProblemType.CDS_CLIENT_UNAUTHORIZED,
                detail != null ? detail : "The CDS client's JWT is missing or not valid.", context.request().path()));
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CdsJwtAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return null;
        }
        String token = authorization.substring(SCHEME.length() + 1).trim();
        return token.isEmpty() ? null : token;
    }
}
