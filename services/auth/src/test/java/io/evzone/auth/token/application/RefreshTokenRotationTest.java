package io.evzone.auth.token.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.token.application.RefreshTokenRotation.Inspection;
import io.evzone.auth.token.domain.RefreshToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenRotationTest {

    private static final Duration TTL = Duration.ofDays(7);

    private final InMemoryRefreshTokens tokens = new InMemoryRefreshTokens();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final RefreshTokenRotation rotation = new RefreshTokenRotation(tokens, clock, TTL);
    private final UUID user = UUID.randomUUID();

    @Test
    void rotationSpendsThePresentedTokenAndIssuesASuccessorInTheSameFamily() {
        var first = rotation.startFamily(user, null, ClientInfo.system());

        var second = rotate(first.secret());

        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertThat(second.token().familyId()).isEqualTo(first.token().familyId());
        assertThat(rotation.inspect(second.secret())).isInstanceOf(Inspection.Valid.class);
    }

    @Test
    void refreshTokenReuseRevokesTheWholeFamily() {
        var first = rotation.startFamily(user, null, ClientInfo.system());
        var second = rotate(first.secret());
        var third = rotate(second.secret());

        Inspection reuse = rotation.inspect(first.secret());

        assertThat(reuse).isEqualTo(new Inspection.Refused(RefreshToken.Verdict.REUSED, spent(first)));
        assertThat(tokens.isRevoked(first.token().familyId())).isTrue();
        assertThat(rotation.inspect(third.secret()))
                .as("the newest token of the family is refused too")
                .isInstanceOf(Inspection.Refused.class)
                .extracting(refused -> ((Inspection.Refused) refused).verdict())
                .isEqualTo(RefreshToken.Verdict.REVOKED);
    }

    @Test
    void reuseInOneFamilyLeavesTheUsersOtherFamiliesAlone() {
        var phone = rotation.startFamily(user, null, ClientInfo.system());
        var laptop = rotation.startFamily(user, null, ClientInfo.system());
        rotate(phone.secret());

        rotation.inspect(phone.secret());

        assertThat(rotation.inspect(laptop.secret())).isInstanceOf(Inspection.Valid.class);
    }

    @Test
    void anExpiredTokenIsRefusedWithoutRevokingTheFamily() {
        var first = rotation.startFamily(user, null, ClientInfo.system());
        clock.advance(TTL.plusSeconds(1));

        Inspection inspection = rotation.inspect(first.secret());

        assertThat(((Inspection.Refused) inspection).verdict()).isEqualTo(RefreshToken.Verdict.EXPIRED);
        assertThat(tokens.isRevoked(first.token().familyId())).isFalse();
    }

    @Test
    void anUnknownSecretIsRefused() {
        assertThat(rotation.inspect("not-a-token"))
                .isEqualTo(new Inspection.Refused(RefreshToken.Verdict.REVOKED, null));
        assertThat(rotation.inspect(null)).isInstanceOf(Inspection.Refused.class);
    }

    @Test
    void revokingEveryFamilyOfAUserRefusesAllTheirTokens() {
        var a = rotation.startFamily(user, null, ClientInfo.system());
        var b = rotation.startFamily(user, null, ClientInfo.system());

        assertThat(rotation.revokeAllOf(user, "logout-all")).isEqualTo(2);

        assertThat(rotation.inspect(a.secret())).isInstanceOf(Inspection.Refused.class);
        assertThat(rotation.inspect(b.secret())).isInstanceOf(Inspection.Refused.class);
    }

    @Test
    void theSuccessorCarriesTheOrganizationTheSessionNowActsIn() {
        var first = rotation.startFamily(user, UUID.randomUUID(), ClientInfo.system());
        UUID other = UUID.randomUUID();

        var next = rotation.rotate(((Inspection.Valid) rotation.inspect(first.secret())).token(), other);

        assertThat(next.token().organizationId()).isEqualTo(other);
    }

    private RefreshTokenRotation.NewRefreshToken rotate(String secret) {
        clock.advance(Duration.ofMinutes(15));
        var valid = (Inspection.Valid) rotation.inspect(secret);
        return rotation.rotate(valid.token(), valid.token().organizationId());
    }

    private RefreshToken spent(RefreshTokenRotation.NewRefreshToken issued) {
        return rotation.find(issued.secret()).orElseThrow();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
