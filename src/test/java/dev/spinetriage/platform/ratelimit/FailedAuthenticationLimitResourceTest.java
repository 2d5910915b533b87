package dev.spinetriage.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.platform.http.RawHttp;
import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client address that keeps sending refused keys is answered 429 before any key of it is looked up, a forged
 * X-Forwarded-For does not get it a fresh allowance, and other addresses are not affected. Its own low limit (3 at
 * once, then 1 a minute), so the suite's default stays out of every other test's way; requests come from other
 * loopback addresses than the suite's 127.0.0.1.
 */
@QuarkusTest
@TestProfile(FailedAuthenticationLimitResourceTest.LowLimit.class)
class FailedAuthenticationLimitResourceTest {

    private static final String UNKNOWN_KEY = "st_" + "A".repeat(43);

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("spinetriage.rate-limit.failed-authentications.burst", "3",
                    "spinetriage.rate-limit.failed-authentications.per-minute", "1");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void anAddressThatFailedTooOftenIsRefusedBeforeAnyLookup() {
        String attacker = "127.0.0.21";
        for (int i = 0; i < 3; i++) {
            assertEquals(401, vocabulary(attacker, UNKNOWN_KEY, "").status());
        }

        RawHttp.Answer throttled = vocabulary(attacker, UNKNOWN_KEY, "");
        assertEquals(429, throttled.status(), throttled.body());
        assertTrue(throttled.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("https://spinetriage.dev/problems/authentication-throttled", throttled.json().getString("type"));
        assertNotNull(throttled.header("Retry-After"));
        assertTrue(Long.parseLong(throttled.header("Retry-After")) >= 1);

        assertEquals(429, vocabulary(attacker, TestKeys.triageKey(), "").status(), "not even a good key is looked at");
        assertEquals(429, vocabulary(attacker, UNKNOWN_KEY, "\r\nX-Forwarded-For: 203.0.113.9").status(),
                "a forged X-Forwarded-For is not another client");
    }

    @Test
    void otherAddressesAndRequestsWithoutAKeyAreNotHeldUp() {
        String attacker = "127.0.0.22";
        for (int i = 0; i < 4; i++) {
            vocabulary(attacker, "st_malformed", "");
        }
        assertEquals(429, vocabulary(attacker, "st_malformed", "").status(), "malformed keys count too");
        assertEquals(401, RawHttp.send(base, attacker, "GET /api/v1/vocabulary HTTP/1.1", null).status(),
                "no key: nothing to limit");
        assertEquals(200, vocabulary("127.0.0.23", TestKeys.triageKey(), "").status());
    }

    private RawHttp.Answer vocabulary(String from, String key, String moreHeaders) {
        return RawHttp.send(base, from, "GET /api/v1/vocabulary HTTP/1.1\r\nAuthorization: Bearer " + key
                + moreHeaders, null);
    }
}
