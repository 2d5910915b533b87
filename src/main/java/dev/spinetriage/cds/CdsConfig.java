package dev.spinetriage.cds;

import dev.spinetriage.rules.code.PolicyProfile;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** CDS Hooks: the service's public address and the CDS clients (JWT issuers) it trusts. */
@ConfigMapping(prefix = "spinetriage.cds")
public interface CdsConfig {

    /**
     * The address CDS clients call, without a trailing slash (e.g. {@code https://triage.example.org}). A client's
     * JWT must name the endpoint it calls as {@code aud}, i.e. this plus the path; card links start with it.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /**
     * The allow-list of JWT issuers, by a short name of your choice: {@code spinetriage.cds.issuers.<name>.iss} and
     * one of {@code jwks-url}, {@code jwks-file} or {@code jwks} (the JWK Set inline). A token from any other issuer
     * is refused. A {@code jku} header in a token is never followed: only the keys configured here are trusted.
     */
    Map<String, Issuer> issuers();

    /** Tolerated difference between the client's clock and ours when checking {@code exp} and {@code iat}. */
    @WithDefault("30S")
    Duration clockSkew();

    /**
     * The longest lifetime ({@code exp} minus now) a token may claim. The spec recommends five minutes; a long-lived
     * token would keep its {@code jti} in the replay table that long.
     */
    @WithDefault("60M")
    Duration maxTokenLifetime();

    interface Issuer {
        /** The {@code iss} claim exactly as the client sends it, e.g. {@code https://sandbox.cds-hooks.org}. */
        String iss();

        /** Where the issuer publishes its JWK Set; fetched when a token needs a key not yet known. */
        Optional<String> jwksUrl();

        /** A file holding the issuer's JWK Set (offline use). */
        Optional<Path> jwksFile();

        /** The issuer's JWK Set as inline JSON. */
        Optional<String> jwks();

        /**
         * The governing policy this EHR's triages are answered under ({@code US_CMS} or {@code UK_NICE}); absent:
         * {@code spinetriage.default-policy-profile}.
         */
        Optional<PolicyProfile> policyProfile();
    }

    /** The policy profile configured for the issuer of that {@code iss} claim, if any. */
    default Optional<PolicyProfile> policyProfileOf(String iss) {
        return issuers().values().stream().filter(issuer -> issuer.iss().equals(iss)).findFirst()
                .flatMap(Issuer::policyProfile);
    }
}
