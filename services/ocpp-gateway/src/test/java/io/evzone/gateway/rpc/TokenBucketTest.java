package io.evzone.gateway.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final AtomicLong nanos = new AtomicLong(1_000);

    private void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000);
    }

    @Test
    void allowsAFullBurstAndThenRefuses() {
        TokenBucket bucket = new TokenBucket(10, 5, nanos::get);

        assertThat(IntStream.range(0, 5).mapToObj(i -> bucket.tryAcquire())).containsOnly(true);
        assertThat(bucket.tryAcquire()).isFalse();
    }

    @Test
    void refillsAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(10, 5, nanos::get);
        IntStream.range(0, 5).forEach(i -> bucket.tryAcquire());

        advanceMillis(99);
        assertThat(bucket.tryAcquire()).isFalse();
        advanceMillis(1);
        assertThat(bucket.tryAcquire()).isTrue();
        assertThat(bucket.tryAcquire()).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(10, 3, nanos::get);
        advanceMillis(60_000);

        assertThat(IntStream.range(0, 4).mapToObj(i -> bucket.tryAcquire())).containsExactly(true, true, true, false);
    }

    @Test
    void isHalfFullAgainOnlyAfterTheHolderKeptToTheRateForAWhile() {
        TokenBucket bucket = new TokenBucket(10, 10, nanos::get);
        IntStream.range(0, 10).forEach(i -> bucket.tryAcquire());
        assertThat(bucket.atLeastHalfFull()).isFalse();

        advanceMillis(200);
        assertThat(bucket.tryAcquire()).as("a message squeezed through").isTrue();
        assertThat(bucket.atLeastHalfFull()).isFalse();

        advanceMillis(500);
        assertThat(bucket.atLeastHalfFull()).isTrue();
    }
}
