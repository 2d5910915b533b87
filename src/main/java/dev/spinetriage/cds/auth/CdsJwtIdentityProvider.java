package dev.spinetriage.cds.auth;

import dev.spinetriage.platform.ratelimit.FailedAuthentications;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a verified CDS client JWT into an identity with the cds-client role. Runs off the event loop. A refused token
 * counts against the client's address ({@link FailedAuthentications}).
 */
@ApplicationScoped
public class CdsJwtIdentityProvider implements IdentityProvider<CdsJwtAuthenticationRequest> {

    private final CdsJwtVerifier verifier;
    private final FailedAuthentications failedAuthentications;

    CdsJwtIdentityProvider(CdsJwtVerifier verifier, FailedAuthentications failedAuthentications) {
        this.verifier = verifier;
        this.failedAuthentications = failedAuthentications;
    }

    @Override
    public Class<CdsJwtAuthenticationRequest> getRequestType() {
        return CdsJwtAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CdsJwtAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            CdsClient client;
            try {
                client = verifier.verify(request.token(), request.audience());
            } catch (AuthenticationFailedException refused) {
                RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
                if (ctx != null) {
                    failedAuthentications.failed(ctx);
                }
                throw refused;
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(client.issuer()))
                    .addRole(CdsClient.ROLE)
                    .addAttribute(CdsClient.ISSUER, client.issuer());
            if (client.subject() != null) {
                identity.addAttribute(CdsClient.SUBJECT, client.subject());
            }
            return identity.build();
        });
    }
}
