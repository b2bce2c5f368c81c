package io.evzone.auth.login.persistence;

import io.evzone.auth.login.domain.LoginFailures;
import io.evzone.auth.shared.SecretTokens;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Failure runs and locks in Redis, shared by every node, expiring by themselves. Identifiers are
 * hashed. When Redis is unreachable, logins are neither counted nor locked (the per-client and
 * per-account rate limits fail open too), rather than refused for everyone.
 */
@Repository
public class RedisLoginFailures implements LoginFailures {

    private static final Logger log = LoggerFactory.getLogger(RedisLoginFailures.class);
    static final String FAILURES = "evzone:auth:login-failures:";
    static final String LOCK = "evzone:auth:lockout:";

    private static final RedisScript<Long> INCREMENT = RedisScript.of("""
            local failures = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return failures
            """, Long.class);

    private final StringRedisTemplate redis;

    public RedisLoginFailures(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Duration> lockedFor(String identifier) {
        try {
            Long millis = redis.getExpire(LOCK + key(identifier), java.util.concurrent.TimeUnit.MILLISECONDS);
            return millis != null && millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
        } catch (DataAccessException e) {
            log.warn("Lockout store unavailable, not checking locks: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public int recordFailure(String identifier, Duration memory) {
        try {
            Long failures =
                    redis.execute(INCREMENT, List.of(FAILURES + key(identifier)), Long.toString(memory.toMillis()));
            return failures == null ? 0 : failures.intValue();
        } catch (DataAccessException e) {
            log.warn("Lockout store unavailable, not counting a failed login: {}", e.getMessage());
            return 0;
        }
    }

    @Override
    public void lock(String identifier, Duration duration) {
        try {
            String key = key(identifier);
            redis.opsForValue().set(LOCK + key, "1", duration);
            redis.delete(FAILURES + key);
        } catch (DataAccessException e) {
            log.warn("Lockout store unavailable, cannot lock: {}", e.getMessage());
        }
    }

    @Override
    public void clear(String identifier) {
        try {
            redis.delete(FAILURES + key(identifier));
        } catch (DataAccessException e) {
            log.warn("Lockout store unavailable, cannot clear failures: {}", e.getMessage());
        }
    }

    private static String key(String identifier) {
        return SecretTokens.sha256(identifier);
    }
}
