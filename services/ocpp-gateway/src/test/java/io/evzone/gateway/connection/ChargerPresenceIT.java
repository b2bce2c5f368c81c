package io.evzone.gateway.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.gateway.support.GatewayIntegrationTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The registry refresh over real Redis, in chunks: every entry of a node holding thousands of chargers is renewed. */
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

        assertThat(presence.refreshAll(claims)).as("chunks that failed").isZero();

        assertThat(redis.countExistingKeys(keys)).isEqualTo(chargers);
        assertThat(presence.locate("REFRESH-0")).contains(new ChargerPresence.Location("node-a", "ocpp1.6"));
        assertThat(presence.locate("REFRESH-" + (chargers - 1)))
                .contains(new ChargerPresence.Location("node-a", "ocpp1.6"));
        assertThat(presence.locate("REFRESH-" + ChargerPresence.REFRESH_CHUNK))
                .contains(new ChargerPresence.Location("node-a", "ocpp1.6"));
        assertThat(redis.getExpire(keys.getLast())).isPositive();
        redis.delete(keys);
    }
}
