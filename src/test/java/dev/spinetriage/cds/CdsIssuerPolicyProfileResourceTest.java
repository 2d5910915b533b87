package dev.spinetriage.cds;

import static dev.spinetriage.cds.CdsRequests.asEhr;
import static dev.spinetriage.cds.CdsRequests.patientView;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An EHR's triages are answered under the policy profile configured with its JWT issuer, and its cards say so. */
@QuarkusTest
@TestProfile(CdsIssuerPolicyProfileResourceTest.UkIssuer.class)
class CdsIssuerPolicyProfileResourceTest {

    private static final String SERVICE_PATH = "/cds-services/back-pain-injection-triage";

    /** The test issuer as a UK NHS trust would configure it. */
    public static class UkIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("spinetriage.cds.issuers.test.policy-profile", "UK_NICE");
        }
    }

    @Test
    void cardsFromAnIssuerConfiguredForUkNiceStateThatProfile() {
        JsonPath cards = asEhr(SERVICE_PATH).body(patientView("prefetch-radicular.json").toString())
                .post(SERVICE_PATH).then().statusCode(200).extract().jsonPath();

        assertTrue(cards.getList("cards.source.label").stream().allMatch(l -> l.toString()
                .endsWith("UK NICE NG59 profile")), cards.prettify());
    }
}
