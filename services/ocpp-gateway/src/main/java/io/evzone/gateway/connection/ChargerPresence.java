package io.evzone.gateway.connection;

import io.evzone.gateway.config.GatewayProperties;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisStringCommands;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.core.types.Expiration;
import org.springframework.stereotype.Component;

/**
 * Which gateway node holds which charger: one Redis key per charger ({@code node|subprotocol}) with a
 * TTL that the holding node refreshes while connected. Redis is only a routing hint: the connection
 * itself is the truth, and a stale entry ends in OFFLINE or a timeout, never in a wrong answer.
 */
@Component
public class ChargerPresence {

    private static final Logger log = LoggerFactory.getLogger(ChargerPresence.class);
    static final String PREFIX = "evzone:gateway:charger:";

    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """, Long.class);

    /** Where a charger is connected. */
    public record Location(String node, String subprotocol) {}

    /** A charger this node holds, as its registry entry names it. */
    record Claim(String chargePointId, String subprotocol) {}

    /** Entries renewed per pipeline. */
    static final int REFRESH_CHUNK = 1_000;

    private final StringRedisTemplate redis;
    private final GatewayProperties properties;

    public ChargerPresence(StringRedisTemplate redis, GatewayProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    void claim(String chargePointId, String subprotocol) {
        try {
            redis.opsForValue().set(key(chargePointId), value(subprotocol), properties.registryTtl());
        } catch (DataAccessException e) {
            log.warn("Charger registry unavailable, {} not registered: {}", chargePointId, e.getMessage());
        }
    }

    void release(String chargePointId, String subprotocol) {
        try {
            redis.execute(RELEASE, List.of(key(chargePointId)), value(subprotocol));
        } catch (DataAccessException e) {
            log.warn("Charger registry unavailable, {} not released: {}", chargePointId, e.getMessage());
        }
    }

    void refresh(Collection<ChargerSession> sessions) {
        refreshAll(sessions.stream()
                .map(s -> new Claim(s.chargePointId(), s.dialect().subprotocol()))
                .toList());
    }

    /**
     * Renews the entries of chargers this node holds, a chunk per pipeline: one pipeline of a full node's 19,000
     * entries occupied the shared Redis connection for as long as it took and, under load, timed out as a whole.
     *
     * @return the chunks that could not be written (their entries live on until their TTL, or the next refresh)
     */
    int refreshAll(List<Claim> claims) {
        int failed = 0;
        DataAccessException last = null;
        for (int from = 0; from < claims.size(); from += REFRESH_CHUNK) {
            List<Claim> chunk = claims.subList(from, Math.min(claims.size(), from + REFRESH_CHUNK));
            try {
                redis.executePipelined(setEach(chunk));
            } catch (DataAccessException e) {
                failed++;
                last = e;
            }
        }
        if (last != null) {
            int chunks = (claims.size() + REFRESH_CHUNK - 1) / REFRESH_CHUNK;
            log.warn(
                    "Charger registry unavailable, {} of {} refresh chunks skipped: {}",
                    failed,
                    chunks,
                    last.getMessage());
        }
        return failed;
    }

    private RedisCallback<Object> setEach(List<Claim> chunk) {
        Expiration ttl = Expiration.from(properties.registryTtl());
        return connection -> {
            for (Claim claim : chunk) {
                connection
                        .stringCommands()
                        .set(
                                key(claim.chargePointId()).getBytes(StandardCharsets.UTF_8),
                                value(claim.subprotocol()).getBytes(StandardCharsets.UTF_8),
                                ttl,
                                RedisStringCommands.SetOption.upsert());
            }
            return null;
        };
    }

    /** Where the charger is connected, if any node says it holds it. */
    public Optional<Location> locate(String chargePointId) {
        try {
            String value = redis.opsForValue().get(key(chargePointId));
            if (value == null) {
                return Optional.empty();
            }
            int bar = value.lastIndexOf('|');
            return Optional.of(new Location(value.substring(0, bar), value.substring(bar + 1)));
        } catch (DataAccessException e) {
            log.warn("Charger registry unavailable, cannot locate {}: {}", chargePointId, e.getMessage());
            return Optional.empty();
        }
    }

    private String value(String subprotocol) {
        return properties.nodeId() + "|" + subprotocol;
    }

    static String key(String chargePointId) {
        return PREFIX + chargePointId.toLowerCase(java.util.Locale.ROOT);
    }
}
