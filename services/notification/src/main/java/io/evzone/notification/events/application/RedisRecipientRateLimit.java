package io.evzone.notification.events.application;

import io.evzone.notification.delivery.domain.Channel;
import io.evzone.platform.ratelimit.RateLimit;
import io.evzone.platform.ratelimit.RedisRateLimiter;
import java.time.Duration;
import java.util.Optional;

/** The cap counted in Redis, so all nodes share it. */
public class RedisRecipientRateLimit implements RecipientRateLimit {

    private final RedisRateLimiter limiter;
    private final int permits;
    private final Duration window;

    public RedisRecipientRateLimit(RedisRateLimiter limiter, int permits, Duration window) {
        this.limiter = limiter;
        this.permits = permits;
        this.window = window;
    }

    @Override
    public Optional<String> exceeded(String userId, Channel channel) {
        RateLimit limit = new RateLimit("notification-" + channel.name().toLowerCase(), permits, window);
        return limiter.acquire(limit, userId).allowed()
                ? Optional.empty()
                : Optional.of("rate limit: more than " + permits + " " + channel + " messages to this recipient in "
                        + window);
    }
}
