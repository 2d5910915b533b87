package dev.spinetriage.triage.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A triage's claim on its client's Idempotency-Key, carried with the record through the triage recorder. The
 * writer thread marks it lost when an unexpired claim on the same key was there first; that is read only after the
 * record's batch has committed (the batch's future orders the two).
 */
public final class IdempotencyClaim {

    /** The order in which a batch's claims are written, the same on every instance (see BatchKeyClaims). */
    public static final Comparator<IdempotencyClaim> LOCK_ORDER = Comparator.comparing((IdempotencyClaim c) -> c.clientKeyId)
            .thenComparing(c -> c.key.value());

    public final UUID clientKeyId;
    public final IdempotencyKey key;
    public final String requestHash;
    private volatile boolean lost;

    public IdempotencyClaim(UUID clientKeyId, IdempotencyKey key, String requestHash) {
        this.clientKeyId = clientKeyId;
        this.key = key;
        this.requestHash = requestHash;
    }

    /** SHA-256, hex, of the request as serialised for storage. */
    public static String hashOf(String canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    public boolean lost() {
        return lost;
    }

    /** Set on every attempt to write the batch, so a retried batch never keeps the outcome of a rolled-back one. */
    public void lost(boolean value) {
        lost = value;
    }
}
