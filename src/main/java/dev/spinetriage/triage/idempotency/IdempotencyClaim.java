package dev.spinetriage.triage.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A triage's claim on its client's Idempotency-Key, saved with its record: the record is stored only if the claim
 * wins. The hash of the request tells a retry (the same request again) from another request under the same key.
 */
public record IdempotencyClaim(UUID clientKeyId, IdempotencyKey key, String requestHash) {

    /** SHA-256, hex, of the request as serialised for storage. */
    public static String hashOf(String canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
