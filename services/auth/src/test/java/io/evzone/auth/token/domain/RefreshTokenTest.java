package io.evzone.auth.token.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TTL = Duration.ofDays(7);

    private final RefreshToken token =
            RefreshToken.first(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, NOW, TTL);

    @Test
    void aFreshTokenIsValidUntilItExpires() {
        assertThat(token.verdict(false, NOW.plus(TTL).minusMillis(1))).isEqualTo(RefreshToken.Verdict.VALID);
        assertThat(token.verdict(false, NOW.plus(TTL))).isEqualTo(RefreshToken.Verdict.EXPIRED);
    }

    @Test
    void aSpentTokenPresentedAgainIsReuse() {
        assertThat(token.spend(NOW).verdict(false, NOW.plusSeconds(1))).isEqualTo(RefreshToken.Verdict.REUSED);
    }

    @Test
    void reuseIsDetectedEvenAfterTheSpentTokenExpired() {
        assertThat(token.spend(NOW).verdict(false, NOW.plus(TTL).plusSeconds(1)))
                .isEqualTo(RefreshToken.Verdict.REUSED);
    }

    @Test
    void aRevokedFamilyRefusesEveryTokenWhateverItsState() {
        assertThat(token.verdict(true, NOW)).isEqualTo(RefreshToken.Verdict.REVOKED);
        assertThat(token.spend(NOW).verdict(true, NOW)).isEqualTo(RefreshToken.Verdict.REVOKED);
    }

    @Test
    void theSuccessorStaysInTheFamilyWithAFreshLifetime() {
        UUID org = UUID.randomUUID();
        RefreshToken next = token.successor(UUID.randomUUID(), org, NOW.plusSeconds(60), TTL);

        assertThat(next.familyId()).isEqualTo(token.familyId());
        assertThat(next.userId()).isEqualTo(token.userId());
        assertThat(next.organizationId()).isEqualTo(org);
        assertThat(next.expiresAt()).isEqualTo(NOW.plusSeconds(60).plus(TTL));
        assertThat(next.verdict(false, NOW.plusSeconds(61))).isEqualTo(RefreshToken.Verdict.VALID);
    }

    @Test
    void aSpentTokenHasNoSuccessor() {
        assertThatThrownBy(() -> token.spend(NOW).successor(UUID.randomUUID(), null, NOW, TTL))
                .isInstanceOf(IllegalStateException.class);
    }
}
