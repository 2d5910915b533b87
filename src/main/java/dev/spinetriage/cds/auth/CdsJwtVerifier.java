package dev.spinetriage.cds.auth;

import dev.spinetriage.cds.CdsConfig;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * Checks a CDS client's JWT as HL7 CDS Hooks 2.0 asks: signed with an asymmetric key ({@code none} and the HMAC
 * algorithms are refused: a shared secret cannot tell the client from anyone who holds it), by an issuer on the
 * allow-list, for this endpoint ({@code aud}), not expired, with {@code iat} and a {@code jti} never seen before.
 */
@ApplicationScoped
public class CdsJwtVerifier {

    private static final AlgorithmConstraints ASYMMETRIC_ONLY = new AlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT,
            AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
            AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
            AlgorithmIdentifiers.RSA_PSS_USING_SHA384, AlgorithmIdentifiers.RSA_PSS_USING_SHA512,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384,
            AlgorithmIdentifiers.ECDSA_USING_P521_CURVE_AND_SHA512);

    private static final Pattern QUOTED_CLAIM = Pattern.compile("'(exp|iat|nbf|iss|sub|jti|aud)'");

    /** Reads the claims without trusting them, only to learn which issuer's keys to verify with. */
    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder().setSkipAllValidators()
            .setDisableRequireSignature().setSkipSignatureVerification().build();

    private final IssuerKeys issuers;
    private final SeenJwtIds seen;
    private final CdsConfig config;

    CdsJwtVerifier(IssuerKeys issuers, SeenJwtIds seen, CdsConfig config) {
        this.issuers = issuers;
        this.seen = seen;
        this.config = config;
    }

    /** The client the token speaks for; throws {@link AuthenticationFailedException} with the reason otherwise. Blocking (database). */
    CdsClient verify(String token, String audience) {
        String iss = issuer(token);
        VerificationKeyResolver keys = issuers.forIssuer(iss)
                .orElseThrow(() -> new AuthenticationFailedException("The token's issuer (iss) is not on this service's allow-list."));
        JwtClaims claims = verified(token, iss, audience, keys);
        try {
            Instant expiresAt = Instant.ofEpochSecond(claims.getExpirationTime().getValue());
            if (!seen.firstUse(iss, claims.getJwtId(), expiresAt)) {
                throw new AuthenticationFailedException("The token's jti has been used before: send a new token with every call.");
            }
            return new CdsClient(iss, claims.getSubject());
        } catch (MalformedClaimException e) {
            throw new AuthenticationFailedException("The token's claims are malformed.");
        }
    }

    private static String issuer(String token) {
        try {
            String iss = UNVERIFIED.processToClaims(token).getIssuer();
            if (iss == null || iss.isBlank()) {
                throw new AuthenticationFailedException("The token has no issuer (iss).");
            }
            return iss;
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new AuthenticationFailedException("The bearer token is not a JWT.");
        }
    }

    private JwtClaims verified(String token, String iss, String audience, VerificationKeyResolver keys) {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(ASYMMETRIC_ONLY)
                .setVerificationKeyResolver(keys)
                .setExpectedIssuer(iss)
                .setExpectedAudience(audience)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
                .setMaxFutureValidityInMinutes((int) config.maxTokenLifetime().toMinutes())
                .build();
        try {
            return consumer.processToClaims(token);
        } catch (InvalidJwtException e) {
            throw new AuthenticationFailedException(reason(e, audience));
        }
    }

    private static String reason(InvalidJwtException e, String audience) {
        if (e.hasExpired()) {
            return "The token has expired (exp).";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "The token's audience (aud) must be the endpoint called: " + audience + ".";
        }
        if (e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING) || e.hasErrorCode(ErrorCodes.ISSUED_AT_MISSING)
                || e.hasErrorCode(ErrorCodes.JWT_ID_MISSING)) {
            return "The token must carry exp, iat and jti.";
        }
        if (e.hasErrorCode(ErrorCodes.EXPIRATION_TOO_FAR_IN_FUTURE)) {
            return "The token's lifetime (exp) is too long.";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return "The token was issued in the future (iat).";
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return "The token is not valid yet: its nbf is in the future.";
        }
        if (e.getErrorDetails().stream().anyMatch(d -> String.valueOf(d.getErrorMessage()).contains("(nbf="))) {
            return "The token's nbf is after its exp: it is never valid.";
        }
        if (e.hasErrorCode(ErrorCodes.MALFORMED_CLAIM)) {
            return "The token's " + malformedClaim(e) + " has the wrong type: exp, iat and nbf are numbers of "
                    + "seconds since 1970 (NumericDate), iss, sub and jti strings, aud a string or a list of them.";
        }
        return "The token's signature is not valid, or its algorithm is not an allowed asymmetric one "
                + "(RS*, PS*, ES*).";
    }

    /** jose4j names the claim in quotes in its own message; only a registered claim's name is repeated. */
    private static String malformedClaim(InvalidJwtException e) {
        for (var detail : e.getErrorDetails()) {
            Matcher quoted = QUOTED_CLAIM.matcher(String.valueOf(detail.getErrorMessage()));
            if (detail.getErrorCode() == ErrorCodes.MALFORMED_CLAIM && quoted.find()) {
                return quoted.group(1) + " claim";
            }
        }
        return "claims";
    }
}
