package io.evzone.platform.ratelimit;

import java.time.Duration;

/**
 * The answer to one call: allowed or not, and when the window resets.
 *
 * @param allowed whether the call may proceed
 * @param used calls counted in the current window, this one included
 * @param retryAfter time until the current window ends (zero when unknown)
 */
public record RateLimitDecision(boolean allowed, long used, Duration retryAfter) {

    static RateLimitDecision unlimited() {
        return new RateLimitDecision(true, 0, Duration.ZERO);
    }

    /** Whole seconds to wait, rounded up, as the {@code Retry-After} header wants them; at least one. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
