package io.evzone.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Fixed-window rate limits shared by every node through Redis: one counter per limit and key,
 * created by the first call of a window and expiring with it. Keys are hashed, so what callers
 * limit on (an email address, an IP address) never appears in Redis.
 *
 * <p>When Redis cannot be reached the limiter lets calls through and logs a warning: an outage of
 * the limiter must not lock every user out. Readiness probes include Redis, so a node without it
 * is taken out of rotation anyway.
 */
public class RedisRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    static final String KEY_PREFIX = "evzone:ratelimit:";

    // INCR and PEXPIRE in one atomic step; a counter that lost its expiry (never expected) gets it back.
    @SuppressWarnings("rawtypes") // Redis answers a multi-bulk reply, which Spring Data maps to a raw List.
    private static final RedisScript<List> ACQUIRE = RedisScript.of("""
            local used = redis.call('INCR', KEYS[1])
            if used == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {used, ttl}
            """, List.class);

    private final StringRedisTemplate redis;

    public RedisRateLimiter(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Counts one call against the limit for {@code key} and says whether it is allowed. */
    public RateLimitDecision acquire(RateLimit limit, String key) {
        try {
            List<?> result = redis.execute(
                    ACQUIRE,
                    List.of(redisKey(limit, key)),
                    Long.toString(limit.window().toMillis()));
            long used = ((Number) result.get(0)).longValue();
            long ttl = ((Number) result.get(1)).longValue();
            return new RateLimitDecision(used <= limit.permits(), used, Duration.ofMillis(Math.max(ttl, 0)));
        } catch (DataAccessException e) {
            log.warn("Rate limiter unavailable, allowing the call ({}): {}", limit.name(), e.getMessage());
            return RateLimitDecision.unlimited();
        }
    }

    /**
     * Counts one call and throws when it is over the limit.
     *
     * @throws RateLimitExceededException with the time until the window ends
     */
    public void check(RateLimit limit, String key, String message) {
        RateLimitDecision decision = acquire(limit, key);
        if (!decision.allowed()) {
            throw new RateLimitExceededException(message, decision.retryAfter());
        }
    }

    /** Forgets the calls counted for {@code key}, as if its window had ended. */
    public void reset(RateLimit limit, String key) {
        try {
            redis.delete(redisKey(limit, key));
        } catch (DataAccessException e) {
            log.warn("Rate limiter unavailable, cannot reset {}: {}", limit.name(), e.getMessage());
        }
    }

    static String redisKey(RateLimit limit, String key) {
        return KEY_PREFIX + limit.name() + ":" + digest(key == null ? "" : key);
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
