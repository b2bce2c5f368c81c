package io.evzone.gateway.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimits limits = new RateLimits(10, 3, nanos::get);

    @Test
    void aChargerThatReconnectsFindsItsBucketAsItLeftItWhateverTheSpelling() {
        TokenBucket first = limits.of("CP-Flood");
        for (int i = 0; i < 3; i++) {
            assertThat(first.tryAcquire()).isTrue();
        }

        TokenBucket again = limits.of("cp-flood");

        assertThat(again.tryAcquire()).as("no fresh burst after a reconnect").isFalse();
        assertThat(limits.of("CP-OTHER").tryAcquire()).isTrue();
    }

    @Test
    void bucketsAreForgottenOnlyWhenFullAgainAndUnused() {
        limits.of("CP-A").tryAcquire();
        limits.of("CP-B");

        limits.forgetIdle(id -> false);
        assertThat(limits.size()).as("CP-A is not full yet").isEqualTo(1);

        nanos.addAndGet(1_000_000_000L);
        limits.forgetIdle(id -> id.equals("cp-a"));
        assertThat(limits.size()).as("CP-A is still connected").isEqualTo(1);

        limits.forgetIdle(id -> false);
        assertThat(limits.size()).isZero();
    }
}
