package io.evzone.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(45));

    @Test
    void waitsDoubleAfterEachFailedAttemptUpToTheMaximum() {
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(10));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(20));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plusSeconds(40));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plusSeconds(45));
    }

    @Test
    void givesUpOnceTheAttemptsAreSpent() {
        assertThat(policy.nextAttempt(5, NOW)).isEmpty();
    }
}
