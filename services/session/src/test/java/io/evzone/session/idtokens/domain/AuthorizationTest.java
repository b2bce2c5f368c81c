package io.evzone.session.idtokens.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.AuthorizationStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static IdToken token(IdTokenStatus status, Instant expiresAt) {
        return new IdToken(UUID.randomUUID(), "org", "user", "TAG", IdTokenType.RFID, status, expiresAt, "GROUP", NOW);
    }

    private static AuthorizationStatus decide(IdToken token, boolean concurrent, boolean allowed) {
        return Authorization.decide(Optional.ofNullable(token), NOW, concurrent, allowed)
                .status();
    }

    @Test
    void anUnknownTokenIsInvalid() {
        assertThat(decide(null, false, true)).isEqualTo(AuthorizationStatus.INVALID);
    }

    @Test
    void aBlockedTokenIsBlockedEvenWhenAlsoExpired() {
        assertThat(decide(token(IdTokenStatus.BLOCKED, NOW.minusSeconds(1)), false, true))
                .isEqualTo(AuthorizationStatus.BLOCKED);
    }

    @Test
    void aTokenPastItsExpiryIsExpired() {
        assertThat(decide(token(IdTokenStatus.ACTIVE, NOW), false, true)).isEqualTo(AuthorizationStatus.EXPIRED);
        assertThat(decide(token(IdTokenStatus.EXPIRED, null), false, true)).isEqualTo(AuthorizationStatus.EXPIRED);
    }

    @Test
    void aTokenAlreadyChargingIsConcurrentTx() {
        assertThat(decide(token(IdTokenStatus.ACTIVE, null), true, true)).isEqualTo(AuthorizationStatus.CONCURRENT_TX);
    }

    @Test
    void anOwnerWithoutAllowanceHasNoCredit() {
        assertThat(decide(token(IdTokenStatus.ACTIVE, null), false, false)).isEqualTo(AuthorizationStatus.NO_CREDIT);
    }

    @Test
    void anActiveTokenIsAcceptedWithItsExpiryAndGroup() {
        Instant expiry = NOW.plusSeconds(3600);
        var answer = Authorization.decide(Optional.of(token(IdTokenStatus.ACTIVE, expiry)), NOW, false, true);

        assertThat(answer.status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(answer.cacheUntil()).isEqualTo(expiry);
        assertThat(answer.groupId()).isEqualTo("GROUP");
    }
}
