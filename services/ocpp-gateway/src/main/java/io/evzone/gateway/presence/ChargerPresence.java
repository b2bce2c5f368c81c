package io.evzone.gateway.presence;

import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.rpc.ChargerSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
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

    /** Sets the entry (ARGV 1, TTL ARGV 3 ms) unless it names another node than ARGV 2 ("node|"); 1 when set. */
    private static final String RENEW = """
            local current = redis.call('GET', KEYS[1])
            if current == false or string.sub(current, 1, #ARGV[2]) == ARGV[2] then
                redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
                return 1
            end
            return 0
            """;

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

    /**
     * Renews the entries of the chargers these sessions hold.
     *
     * @return the ids of those another node claimed since: the charger reconnected there, so this node's
     *     connection to it is stale
     */
    Set<String> refresh(Collection<ChargerSession> sessions) {
        return refreshAll(sessions.stream()
                        .map(s -> new Claim(s.chargePointId(), s.dialect().subprotocol()))
                        .toList())
                .heldElsewhere()
                .stream()
                .map(Claim::chargePointId)
                .collect(Collectors.toSet());
    }

    /**
     * What a refresh did.
     *
     * @param heldElsewhere the claims whose entry names another node: left as they are
     * @param failedChunks chunks that could not be written (their entries live on until their TTL, or the next refresh)
     */
    record Refresh(List<Claim> heldElsewhere, int failedChunks) {}

    /**
     * Renews the entries of chargers this node holds, or that expired, a chunk per pipeline: one pipeline of a full
     * node's 19,000 entries occupied the shared Redis connection for as long as it took and, under load, timed out as
     * a whole. An entry another node wrote since is left alone: the newest connection decides where commands go.
     */
    Refresh refreshAll(List<Claim> claims) {
        List<Claim> elsewhere = new ArrayList<>();
        int failed = 0;
        DataAccessException last = null;
        for (int from = 0; from < claims.size(); from += REFRESH_CHUNK) {
            List<Claim> chunk = claims.subList(from, Math.min(claims.size(), from + REFRESH_CHUNK));
            try {
                List<Object> renewed = redis.executePipelined(renewEach(chunk));
                for (int i = 0; i < chunk.size(); i++) {
                    if (Long.valueOf(0).equals(renewed.get(i))) {
                        elsewhere.add(chunk.get(i));
                    }
                }
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
        return new Refresh(elsewhere, failed);
    }

    private RedisCallback<Object> renewEach(List<Claim> chunk) {
        byte[] script = RENEW.getBytes(StandardCharsets.UTF_8);
        byte[] node = (properties.nodeId() + "|").getBytes(StandardCharsets.UTF_8);
        byte[] ttl = Long.toString(properties.registryTtl().toMillis()).getBytes(StandardCharsets.UTF_8);
        return connection -> {
            for (Claim claim : chunk) {
                connection
                        .scriptingCommands()
                        .eval(
                                script,
                                ReturnType.INTEGER,
                                1,
                                key(claim.chargePointId()).getBytes(StandardCharsets.UTF_8),
                                value(claim.subprotocol()).getBytes(StandardCharsets.UTF_8),
                                node,
                                ttl);
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
