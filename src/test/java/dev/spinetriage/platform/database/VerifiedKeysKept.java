package dev.spinetriage.platform.database;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Keys verified before an outage stay trusted through it, so the outage tests reach the triage recorder, Hibernate
 * and the admin services, not only the key check. (With the default 1 s, a stop that takes longer leaves every
 * request to fail at the key check.) A key never verified before still shows the key check's own 503.
 */
public class VerifiedKeysKept implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("spinetriage.security.key-cache-ttl", "1H");
    }
}
