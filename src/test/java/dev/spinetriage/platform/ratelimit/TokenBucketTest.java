package dev.spinetriage.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aFullBucketServesItsBurstAtOnceThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);

        for (int i = 0; i < 3; i++) {
            assertEquals(0, bucket.tryTake(0), "request " + i + " of the burst");
        }

        assertEquals(SECOND / 2, bucket.tryTake(0));
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        assertEquals(0, bucket.tryTake(0));

        assertTrue(bucket.tryTake(SECOND / 4) > 0, "a quarter second gives half a token");
        assertEquals(0, bucket.tryTake(SECOND / 2));
    }

    @Test
    void aRefusedRequestTakesNothing() {
        TokenBucket bucket = new TokenBucket(1, 1, 0);
        bucket.tryTake(0);
        for (int i = 0; i < 100; i++) {
            bucket.tryTake(SECOND / 2);
        }

        assertEquals(0, bucket.tryTake(SECOND));
    }

    @Test
    void anIdleBucketFillsUpToItsBurstOnly() {
        TokenBucket bucket = new TokenBucket(100, 2, 0);

        long later = 3600 * SECOND;

        assertEquals(0, bucket.tryTake(later));
        assertEquals(0, bucket.tryTake(later));
        assertTrue(bucket.tryTake(later) > 0);
    }
}
