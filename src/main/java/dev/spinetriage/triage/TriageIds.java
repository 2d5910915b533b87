package dev.spinetriage.triage;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Triage ids are time-ordered UUIDs (version 7, RFC 9562 section 5.7): the first 48 bits are the Unix time in
 * milliseconds, the other 74 (all but the version and variant bits) come from a cryptographically strong random
 * source, as random version 4 UUIDs did.
 *
 * <p>Why not version 4: the triage id is the primary key of triage_record, a table that only grows. Random keys land
 * anywhere in its B-tree, so once the index outgrows memory nearly every insert reads an index page from disk and
 * dirties it, and after each checkpoint writes it whole to the WAL again. Time-ordered keys all land at the right-hand
 * edge of the index. Measured under load on a table of several million rows (bench/HISTORY.md, 2026-12-01): index pages
 * read from disk per insert 0.80 to 0.001, WAL per insert 5,664 to 4,025 bytes.
 *
 * <p>What the id gives away: when the triage was made, to the millisecond, which its answer states anyway
 * (createdAt). The random part keeps ids unguessable (74 bits); reading a triage also needs the key that made it.
 */
public final class TriageIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TriageIds() {}

    /** A new id for a triage made at {@code createdAt}. */
    public static UUID newId(Instant createdAt) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = createdAt.toEpochMilli();
        long mostSignificant = (millis << 16) // unix_ts_ms, 48 bits
                | 0x7000L // version 7
                | (random[0] & 0x0fL) << 8 | (random[1] & 0xffL); // rand_a, 12 bits
        long leastSignificant = 0x8000000000000000L // variant 10
                | (random[2] & 0x3fL) << 56; // rand_b, 62 bits in all
        for (int i = 3; i < random.length; i++) {
            leastSignificant |= (random[i] & 0xffL) << (8 * (random.length - 1 - i));
        }
        return new UUID(mostSignificant, leastSignificant);
    }
}
