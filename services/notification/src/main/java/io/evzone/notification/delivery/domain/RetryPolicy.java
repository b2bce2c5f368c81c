package io.evzone.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff: the n-th failed attempt waits {@code base * 2^(n-1)}, at most {@code max}; after
 * {@code maxAttempts} attempts the send fails for good.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration max) {

    public RetryPolicy {
        if (maxAttempts < 1 || !base.isPositive() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("retry policy: maxAttempts >= 1 and 0 < base <= max");
        }
    }

    /** When to try again after {@code attempts} attempts failed, or empty when they are spent. */
    public Optional<Instant> nextAttempt(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return Optional.of(now.plus(wait.compareTo(max) > 0 ? max : wait));
    }
}
