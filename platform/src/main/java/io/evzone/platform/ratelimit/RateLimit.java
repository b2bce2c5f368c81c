package io.evzone.platform.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A limit of {@code permits} calls per {@code window} for one kind of action, such as five login
 * attempts per minute per account.
 *
 * @param name short stable name, part of the Redis key (for example {@code login-account})
 * @param permits calls allowed in one window
 * @param window length of a window; it starts with the first call and the counter resets after it
 */
public record RateLimit(String name, int permits, Duration window) {

    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        if (!name.matches("[a-z0-9._-]{1,40}")) {
            throw new IllegalArgumentException("Rate limit names are short lower-case words: " + name);
        }
        if (permits < 1) {
            throw new IllegalArgumentException("A rate limit allows at least one call: " + name);
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("A rate limit window is at least a millisecond: " + name);
        }
    }

    public static RateLimit perMinute(String name, int permits) {
        return new RateLimit(name, permits, Duration.ofMinutes(1));
    }
}
