package dev.spinetriage.cds.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a verified CDS client JWT into an identity with the cds-client role. Runs off the event loop. */
@ApplicationScoped
public class CdsJwtIdentityProvider implements IdentityProvider<CdsJwtAuthenticationRequest> {

    private final CdsJwtVerifier verifier;

    CdsJwtIdentityProvider(CdsJwtVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Class<CdsJwtAuthenticationRequest> getRequestType() {
        return CdsJwtAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CdsJwtAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            CdsClient client = verifier.verify(request.token(), request.audience());
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
