package io.evzone.platform.ratelimit;

import io.evzone.platform.web.ApiException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A call over its rate limit: rendered as 429 problem+json with a {@code Retry-After} header. */
public class RateLimitExceededException extends ApiException {

    private final long retryAfterSeconds;

    public RateLimitExceededException(String message, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, message);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Seconds the client should wait before trying again (the {@code Retry-After} value). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
