package dev.spinetriage.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TriageIdsTest {

    private static final Instant MADE = Instant.parse("2026-12-01T10:45:07.055924Z");

    @Test
    void isAVersion7UuidOfTheRfc9562Variant() {
        UUID id = TriageIds.newId(MADE);
        assertEquals(7, id.version());
        assertEquals(2, id.variant()); // RFC 9562 (formerly 4122) variant: bits 10
        assertEquals('7', id.toString().charAt(14));
    }

    @Test
    void carriesTheMillisecondItWasMadeIn() {
        assertEquals(Instant.parse("2026-12-01T10:45:07.055Z"), millisecondOf(TriageIds.newId(MADE)));
        assertEquals(Instant.EPOCH, millisecondOf(TriageIds.newId(Instant.EPOCH)));
    }

    @Test
    void laterTriagesSortAfterEarlierOnes() {
        UUID earlier = TriageIds.newId(MADE);
        UUID later = TriageIds.newId(MADE.plusMillis(1));
        // PostgreSQL orders uuid by its bytes, most significant first, as unsigned: what the index appends by.
        assertTrue(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits()) < 0);
    }

    @Test
    void idsMadeInTheSameMillisecondDifferByTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        Set<Long> randomHalves = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = TriageIds.newId(MADE);
            ids.add(id);
            randomHalves.add(id.getLeastSignificantBits());
        }
        assertEquals(10_000, ids.size());
        assertEquals(10_000, randomHalves.size());
    }

    @Test
    void randomBitsAreNotStuck() {
        long ored = 0;
        long anded = -1;
        for (int i = 0; i < 200; i++) {
            long random = TriageIds.newId(MADE).getLeastSignificantBits() & 0x3fffffffffffffffL;
            ored |= random;
            anded &= random;
        }
        // Every one of the 62 random bits of rand_b was seen both set and clear.
        assertEquals(0x3fffffffffffffffL, ored);
        assertEquals(0L, anded);
    }

    /** The unix_ts_ms field of a version 7 UUID: its 48 most significant bits. */
    static Instant millisecondOf(UUID id) {
        assertEquals(7, id.version(), "a time-ordered id: " + id);
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }
}
