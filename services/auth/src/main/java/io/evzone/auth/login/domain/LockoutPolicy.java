package io.evzone.auth.login.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When consecutive failed logins lock an account identifier, and for how long. A run of failures
 * is forgotten after {@code failureMemory} without a new failure, and ends with a success.
 *
 * @param maxFailures consecutive failures that lock (10 by default)
 * @param lockDuration how long the lock lasts (15 minutes by default)
 * @param failureMemory how long a run of failures is remembered
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration, Duration failureMemory) {

    public LockoutPolicy {
        Objects.requireNonNull(lockDuration, "lockDuration");
        Objects.requireNonNull(failureMemory, "failureMemory");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration.isNegative()
                || lockDuration.isZero()
                || failureMemory.isNegative()
                || failureMemory.isZero()) {
            throw new IllegalArgumentException("Lockout durations must be positive");
        }
    }

    /** Whether a run of this many consecutive failures locks the identifier. */
    public boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }
}
