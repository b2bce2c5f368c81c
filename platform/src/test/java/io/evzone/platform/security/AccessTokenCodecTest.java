package io.evzone.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTokenCodecTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!!";
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final AccessTokenCodec codec = new AccessTokenCodec(SECRET, clock);
    private final AccessTokenClaims claims =
            new AccessTokenClaims("user-1", "a@b.test", "org-1", "driver", Set.of("sessions.read"), null);

    @Test
    void issuedTokensVerifyWithTheirClaims() {
        AccessTokenClaims verified = codec.verify(codec.issue(claims, Duration.ofMinutes(15)));

        assertThat(verified.userId()).isEqualTo("user-1");
        assertThat(verified.organizationId()).isEqualTo("org-1");
        assertThat(verified.role()).isEqualTo("driver");
        assertThat(verified.permissions()).containsExactly("sessions.read");
        assertThat(verified.expiresAt()).isEqualTo(Instant.parse("2026-11-25T10:15:00Z"));
    }

    @Test
    void refusesExpiredTokens() {
        String token = codec.issue(claims, Duration.ofMinutes(15));
        AccessTokenCodec later = new AccessTokenCodec(SECRET, Clock.offset(clock, Duration.ofMinutes(16)));

        assertThatThrownBy(() -> later.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("Access token expired");
    }

    @Test
    void refusesTokensSignedWithAnotherSecret() {
        String forged = new AccessTokenCodec("another-secret-of-thirty-two-bytes-or-more", clock)
                .issue(claims, Duration.ofMinutes(5));

        assertThatThrownBy(() -> codec.verify(forged))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("Invalid token signature");
    }

    @Test
    void refusesUnsignedAlgNoneTokens() {
        String[] parts = codec.issue(claims, Duration.ofMinutes(5)).split("\\.");
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> codec.verify(header + "." + parts[1] + ".")).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesTamperedClaims() {
        String[] parts = codec.issue(claims, Duration.ofMinutes(5)).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("sessions.read", "platform.admin");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        assertThatThrownBy(() -> codec.verify(tampered)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> codec.verify("not-a-jwt"))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("Malformed token");
    }

    @Test
    void refusesShortSecrets() {
        assertThatThrownBy(() -> new AccessTokenCodec("short", clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JWT_SECRET");
    }
}
