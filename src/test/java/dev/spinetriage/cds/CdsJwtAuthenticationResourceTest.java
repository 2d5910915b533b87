package dev.spinetriage.cds;

import static dev.spinetriage.cds.CdsRequests.patientView;
import static dev.spinetriage.cds.CdsTestIssuer.ISS;
import static dev.spinetriage.cds.CdsTestIssuer.PUBLIC_BASE_URL;
import static dev.spinetriage.cds.CdsTestIssuer.SERVICE_PATH;
import static dev.spinetriage.cds.CdsTestIssuer.claims;
import static dev.spinetriage.cds.CdsTestIssuer.sign;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/** Every way a CDS client's JWT is refused (401 problem+json saying why), and the ways it is accepted. */
@QuarkusTest
class CdsJwtAuthenticationResourceTest {

    private static final String AUD = PUBLIC_BASE_URL + SERVICE_PATH;

    @Test
    void aTokenSignedWithRs384ByAnAllowedIssuerIsAccepted() {
        call(CdsTestIssuer.token(SERVICE_PATH)).statusCode(200);
    }

    @Test
    void aTokenSignedWithEs384IsAcceptedToo() {
        call(sign(claims(ISS, AUD, 300), CdsTestIssuer.EC, AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384))
                .statusCode(200);
    }

    @Test
    void noTokenIsRefused() {
        given().contentType(ContentType.JSON).body(patientView("prefetch-red-flag.json").toString())
                .post(SERVICE_PATH).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://spinetriage.dev/problems/cds-client-unauthorized"))
                .body("detail", containsString("JWT"));
    }

    @Test
    void anIssuerNotOnTheAllowListIsRefused() {
        refused(sign(claims("https://rogue.example", AUD, 300), CdsTestIssuer.RSA,
                AlgorithmIdentifiers.RSA_USING_SHA384), "allow-list");
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        refused(sign(claims(ISS, AUD, 300), CdsTestIssuer.rsa("test-rsa"), AlgorithmIdentifiers.RSA_USING_SHA384),
                "signature");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(sign(claims(ISS, "https://other-service.example/cds-services/x", 300), CdsTestIssuer.RSA,
                AlgorithmIdentifiers.RSA_USING_SHA384), "aud");
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(sign(claims(ISS, AUD, -600), CdsTestIssuer.RSA, AlgorithmIdentifiers.RSA_USING_SHA384), "expired");
    }

    @Test
    void aTokenNotValidYetSaysNbfNotSignature() {
        JwtClaims claims = claims(ISS, AUD, 300);
        claims.setNotBeforeMinutesInThePast(-2);
        refusedFor(sign(claims, CdsTestIssuer.RSA, AlgorithmIdentifiers.RSA_USING_SHA384), "nbf");
    }

    @Test
    void anExpThatIsAStringSaysExpNotSignature() {
        JwtClaims claims = claims(ISS, AUD, 300);
        claims.setClaim("exp", "tomorrow");
        refusedFor(sign(claims, CdsTestIssuer.RSA, AlgorithmIdentifiers.RSA_USING_SHA384), "exp claim has the wrong type");
    }

    private static void refusedFor(String token, String reason) {
        refused(token, reason);
        call(token).body("detail", not(containsString("signature")));
    }

    @Test
    void aTokenWithoutJtiIsRefused() {
        JwtClaims claims = claims(ISS, AUD, 300);
        claims.unsetClaim("jti");
        refused(sign(claims, CdsTestIssuer.RSA, AlgorithmIdentifiers.RSA_USING_SHA384), "jti");
    }

    @Test
    void aTokenUsedTwiceIsRefusedTheSecondTime() {
        String token = CdsTestIssuer.token(SERVICE_PATH);
        call(token).statusCode(200);
        refused(token, "used before");
    }

    @Test
    void anUnsignedTokenIsRefused() throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(ISS, AUD, 300).toJson());
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        refused(jws.getCompactSerialization(), "signature");
    }

    @Test
    void anHmacTokenIsRefusedEvenWhenItsSecretIsThePublicKey() throws JoseException {
        // The classic algorithm confusion: HS256 keyed with bytes the attacker knows.
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(ISS, AUD, 300).toJson());
        jws.setKey(new HmacKey(CdsTestIssuer.RSA.toJson().getBytes(StandardCharsets.UTF_8)));
        jws.setKeyIdHeaderValue("test-rsa");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        refused(jws.getCompactSerialization(), "algorithm");
    }

    @Test
    void anApiKeyIsNotACdsCredential() {
        refused(TestKeys.triageKey(), "not a JWT");
    }

    @Test
    void aCdsTokenIsNotAnApiKeyOnThePlainApi() {
        given().header("Authorization", "Bearer " + CdsTestIssuer.token("/api/v1/vocabulary"))
                .get("/api/v1/vocabulary").then().statusCode(401)
                .body("type", equalTo("https://spinetriage.dev/problems/unauthorized"));
    }

    @Test
    void theFeedbackEndpointNeedsATokenForItsOwnUrl() {
        given().header("Authorization", "Bearer " + CdsTestIssuer.token(SERVICE_PATH))
                .contentType(ContentType.JSON).body("{\"feedback\": []}")
                .post(SERVICE_PATH + "/feedback").then().statusCode(401).body("detail", containsString("aud"));
    }

    private static ValidatableResponse call(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(patientView("prefetch-red-flag.json").toString()).post(SERVICE_PATH).then();
    }

    private static void refused(String token, String reason) {
        call(token).statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://spinetriage.dev/problems/cds-client-unauthorized"))
                .body("detail", containsString(reason));
    }
}
