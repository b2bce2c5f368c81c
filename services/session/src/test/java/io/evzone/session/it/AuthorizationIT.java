package io.evzone.session.it;

import static io.evzone.contracts.charger.TransactionEventKind.STARTED;
import static io.evzone.session.charging.domain.Transactions.v16;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.OcppVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class AuthorizationIT extends SessionServiceIT {

    private final String org = unique("org");

    @Test
    void anUnknownTokenIsAnsweredInvalid() {
        String cp = charger(org, OcppVersion.V16);

        assertThat(askAuthorize(cp, "NOBODY-" + cp).answer().status()).isEqualTo(AuthorizationStatus.INVALID);
    }

    @Test
    void aBlockedTokenIsAnsweredBlocked() {
        String cp = charger(org, OcppVersion.V16);
        String tag = idToken(org, "user-b", "BLOCKED", null);

        assertThat(askAuthorize(cp, tag).answer().status()).isEqualTo(AuthorizationStatus.BLOCKED);
    }

    @Test
    void aTokenPastItsExpiryIsAnsweredExpired() {
        String cp = charger(org, OcppVersion.V16);
        String tag = idToken(org, "user-e", "ACTIVE", Instant.now().minusSeconds(60));

        assertThat(askAuthorize(cp, tag).answer().status()).isEqualTo(AuthorizationStatus.EXPIRED);
    }

    @Test
    void anActiveTokenIsAcceptedWithItsExpiryForTheCacheAndComparedCaseInsensitively() {
        String cp = charger(org, OcppVersion.V16);
        Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String tag = idToken(org, "user-a", "ACTIVE", expiry);

        var answer = askAuthorize(cp, tag.toLowerCase()).answer();

        assertThat(answer.status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(answer.expiresAt()).isEqualTo(expiry);
    }

    @Test
    void aStartTransactionWithATokenChargingElsewhereIsConcurrentTxButStillGetsATransactionId() {
        String first = charger(org, OcppVersion.V16);
        String second = charger(org, OcppVersion.V16);
        String tag = idToken(org, "user-c", "ACTIVE", null);
        var started = askTransaction(v16(first, STARTED, null, tag, 0L, Instant.now()));
        assertThat(started.answer().authorization().status()).isEqualTo(AuthorizationStatus.ACCEPTED);

        var concurrent = askTransaction(v16(second, STARTED, null, tag, 0L, Instant.now()));

        assertThat(concurrent.answer().authorization().status()).isEqualTo(AuthorizationStatus.CONCURRENT_TX);
        assertThat(concurrent.answer().transactionId())
                .isNotNull()
                .isNotEqualTo(started.answer().transactionId());
        // OCPP 1.6 §5.2: Authorize never answers ConcurrentTx (the card may be presented to stop).
        assertThat(askAuthorize(second, tag).answer().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
    }
}
