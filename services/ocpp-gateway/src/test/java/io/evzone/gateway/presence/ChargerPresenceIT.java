package io.evzone.gateway.presence;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.gateway.support.GatewayIntegrationTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The registry refresh over real Redis, in chunks: every entry of a node holding thousands of chargers is renewed, but
 * not one that another node wrote since.
 */
class ChargerPresenceIT extends GatewayIntegrationTest {

    @Autowired
    ChargerPresence presence;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aRefreshOfMoreChargersThanOneChunkRenewsEveryEntryWithItsTtl() {
        int chargers = ChargerPresence.REFRESH_CHUNK * 2 + 7;
        List<ChargerPresence.Claim> claims = IntStream.range(0, chargers)
                .mapToObj(i -> new ChargerPresence.Claim("REFRESH-" + i, i % 2 == 0 ? "ocpp1.6" : "ocpp2.0.1"))
                .toList();
        List<String> keys =
                claims.stream().map(c -> ChargerPresence.key(c.chargePointId())).toList();

        ChargerPresence.Refresh refresh = presence.refreshAll(claims);
        assertThat(refresh.failedChunks()).as("chunks that failed").isZero();
        assertThat(refresh.heldElsewhere()).isEmpty();

        assertThat(redis.countExistingKeys(keys)).isEqualTo(chargers);
        assertThat(presence.locate("REFRESH-0")).contains(new ChargerPresence.Location("node-a", "ocpp1.6"));
        assertThat(presence.locate("REFRESH-" + (chargers - 1)))
                .contains(new ChargerPresence.Location("node-a", "ocpp1.6"));
        assertThat(presence.locate("REFRESH-" + ChargerPresence.REFRESH_CHUNK))
                .contains(new ChargerPresence.Location("node-a", "ocpp1.6"));
        assertThat(redis.getExpire(keys.getLast())).isPositive();
        redis.delete(keys);
    }

    @Test
    void aRefreshLeavesAnEntryAnotherNodeWroteSinceAndSaysWhichAndRestoresExpiredOnes() {
        var moved = new ChargerPresence.Claim("MOVED-1", "ocpp1.6");
        var kept = new ChargerPresence.Claim("KEPT-1", "ocpp1.6");
        var expired = new ChargerPresence.Claim("EXPIRED-1", "ocpp2.0.1");
        presence.claim(moved.chargePointId(), moved.subprotocol());
        presence.claim(kept.chargePointId(), kept.subprotocol());
        // The charger reconnected to node B (a node whose name starts with this one's must not count as this one).
        redis.opsForValue().set(ChargerPresence.key("MOVED-1"), "node-a2|ocpp2.0.1");
        redis.delete(ChargerPresence.key("EXPIRED-1"));

        ChargerPresence.Refresh refresh = presence.refreshAll(List.of(moved, kept, expired));

        assertThat(refresh.heldElsewhere()).containsExactly(moved);
        assertThat(presence.locate("MOVED-1")).contains(new ChargerPresence.Location("node-a2", "ocpp2.0.1"));
        assertThat(presence.locate("KEPT-1")).contains(new ChargerPresence.Location("node-a", "ocpp1.6"));
        assertThat(presence.locate("EXPIRED-1")).contains(new ChargerPresence.Location("node-a", "ocpp2.0.1"));
        assertThat(redis.getExpire(ChargerPresence.key("EXPIRED-1"))).isPositive();
        redis.delete(List.of(
                ChargerPresence.key("MOVED-1"), ChargerPresence.key("KEPT-1"), ChargerPresence.key("EXPIRED-1")));
    }
}
