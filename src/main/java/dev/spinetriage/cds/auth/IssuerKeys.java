package dev.spinetriage.cds.auth;

import dev.spinetriage.cds.CdsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * The allow-list of JWT issuers and, for each, where its public keys come from. Built lazily on the first CDS call,
 * so a misconfigured issuer does not stop the plain API from starting; a broken JWK Set fails that call loudly.
 */
@ApplicationScoped
public class IssuerKeys {

    private final CdsConfig config;
    private volatile Map<String, VerificationKeyResolver> byIssuer;

    IssuerKeys(CdsConfig config) {
        this.config = config;
    }

    /** Empty for an issuer that is not on the allow-list. */
    Optional<VerificationKeyResolver> forIssuer(String iss) {
        return Optional.ofNullable(resolvers().get(iss));
    }

    private Map<String, VerificationKeyResolver> resolvers() {
        Map<String, VerificationKeyResolver> current = byIssuer;
        if (current == null) {
            synchronized (this) {
                if (byIssuer == null) {
                    Map<String, VerificationKeyResolver> built = new HashMap<>();
                    config.issuers().forEach((name, issuer) -> built.put(issuer.iss(), resolver(name, issuer)));
                    byIssuer = Map.copyOf(built);
                }
                current = byIssuer;
            }
        }
        return current;
    }

    private static VerificationKeyResolver resolver(String name, CdsConfig.Issuer issuer) {
        if (issuer.jwksUrl().isPresent()) {
            return new HttpsJwksVerificationKeyResolver(new HttpsJwks(issuer.jwksUrl().get()));
        }
        String json = issuer.jwks().orElseGet(() -> issuer.jwksFile().map(IssuerKeys::read).orElseThrow(
                () -> new IllegalStateException("CDS issuer '" + name + "' needs jwks-url, jwks-file or jwks")));
        try {
            return new JwksVerificationKeyResolver(new JsonWebKeySet(json).getJsonWebKeys());
        } catch (JoseException e) {
            throw new IllegalStateException("CDS issuer '" + name + "' has an unreadable JWK Set", e);
        }
    }

    private static String read(java.nio.file.Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWK Set file " + file, e);
        }
    }
}
