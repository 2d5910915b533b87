package dev.spinetriage.cds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * The EHR of the tests: a key pair made by this JVM (no key is ever committed), its public JWK Set written where the
 * test profile's issuer allow-list reads it (spinetriage.cds.issuers.test.jwks-file). The file is written when this
 * class is first used, i.e. before the first token is signed; the service reads it on the first call that carries a
 * token, so it never sees a file left by an earlier run.
 */
public final class CdsTestIssuer {

    public static final String ISS = "https://ehr.test.example";
    public static final String PUBLIC_BASE_URL = "https://cds.test.example";
    public static final String SERVICE_PATH = "/cds-services/back-pain-injection-triage";

    static final RsaJsonWebKey RSA = rsa("test-rsa");
    static final EllipticCurveJsonWebKey EC = ec("test-ec");

    static {
        try {
            Path file = Path.of("target/cds-test-issuer-jwks.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, new JsonWebKeySet(RSA, EC).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CdsTestIssuer() {
    }

    /** A valid token (RS384) for the endpoint at {@code path}. */
    public static String token(String path) {
        return sign(claims(ISS, PUBLIC_BASE_URL + path, 300), RSA, AlgorithmIdentifiers.RSA_USING_SHA384);
    }

    /** Claims as the spec lists them; {@code lifetimeSeconds} negative for an expired token. */
    public static JwtClaims claims(String iss, String aud, int lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(iss);
        claims.setSubject("test-ehr-client");
        claims.setAudience(aud);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    public static String sign(JwtClaims claims, JsonWebKey key, String algorithm) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key instanceof RsaJsonWebKey r ? r.getPrivateKey()
                : ((EllipticCurveJsonWebKey) key).getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(algorithm);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    static RsaJsonWebKey rsa(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    static EllipticCurveJsonWebKey ec(String kid) {
        try {
            EllipticCurveJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P384);
            key.setKeyId(kid);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
