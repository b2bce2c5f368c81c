package io.evzone.gateway.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.gateway.config.GatewayProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuthorizationCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AuthorizationCache cache = new AuthorizationCache(properties(Duration.ofHours(1)), clock);

    private static GatewayProperties properties(Duration ttl) {
        return new GatewayProperties(
                "node", null, null, null, null, null, null, null, null, null, ttl, null, null, null, null, null);
    }

    private static AuthorizationAnswer accepted(Instant expiresAt) {
        return new AuthorizationAnswer(AuthorizationStatus.ACCEPTED, expiresAt, null);
    }

    @Test
    void remembersAnAnswerUntilTheConfiguredTtl() {
        cache.remember("TAG", accepted(null));

        clock.advance(Duration.ofMinutes(59));
        assertThat(cache.lookup("TAG"))
                .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(AuthorizationStatus.ACCEPTED));
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.lookup("TAG")).isEmpty();
    }

    @Test
    void anEarlierExpiryInTheAnswerWins() {
        cache.remember("TAG", accepted(clock.instant().plus(Duration.ofMinutes(10))));

        clock.advance(Duration.ofMinutes(9));
        assertThat(cache.lookup("TAG")).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.lookup("TAG")).isEmpty();
    }

    @Test
    void aLaterExpiryInTheAnswerIsCappedByTheTtl() {
        cache.remember("TAG", accepted(clock.instant().plus(Duration.ofDays(30))));

        clock.advance(Duration.ofHours(1));
        assertThat(cache.lookup("TAG")).isEmpty();
    }

    @Test
    void anAlreadyExpiredAnswerIsNeverServed() {
        cache.remember("TAG", accepted(clock.instant().minusSeconds(1)));

        assertThat(cache.lookup("TAG")).isEmpty();
    }

    @Test
    void theLatestAnswerReplacesTheEarlierOne() {
        cache.remember("TAG", accepted(null));
        cache.remember("TAG", new AuthorizationAnswer(AuthorizationStatus.BLOCKED, null, null));

        assertThat(cache.lookup("TAG"))
                .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(AuthorizationStatus.BLOCKED));
    }

    @Test
    void ignoresIncompleteInput() {
        cache.remember(null, accepted(null));
        cache.remember("NO_ANSWER", null);
        cache.remember("NO_STATUS", new AuthorizationAnswer(null, null, null));

        assertThat(cache.lookup(null)).isEmpty();
        assertThat(cache.lookup("NO_ANSWER")).isEmpty();
        assertThat(cache.lookup("NO_STATUS")).isEmpty();
        assertThat(cache.lookup("NEVER_SEEN")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
