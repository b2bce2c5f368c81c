package io.evzone.auth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthPropertiesTest {

    private final AuthProperties defaults = new AuthProperties(null, null, null, null, null, null, null, null, null);

    @Test
    void cookiesAreSecureByDefaultExceptOnTheEmbeddedDatabase() {
        assertThat(defaults.secureCookies(false)).isTrue();
        assertThat(defaults.secureCookies(true)).isFalse();
    }

    @Test
    void anExplicitCookieSettingWinsInEveryMode() {
        var secure = new AuthProperties(true, null, null, null, null, null, null, null, null);
        var plain = new AuthProperties(false, null, null, null, null, null, null, null, null);

        assertThat(secure.secureCookies(true)).isTrue();
        assertThat(plain.secureCookies(false)).isFalse();
    }

    @Test
    void defaultsMatchTheDocumentedLimits() {
        assertThat(defaults.rateLimits().loginPerAccount()).isEqualTo(5);
        assertThat(defaults.rateLimits().loginPerClient()).isEqualTo(5);
        assertThat(defaults.rateLimits().refreshPerClient()).isEqualTo(20);
        assertThat(defaults.rateLimits().codesPerTarget()).isEqualTo(3);
        assertThat(defaults.rateLimits().window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.lockout().maxFailures()).isEqualTo(10);
        assertThat(defaults.lockout().duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.passwordResetTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.firstRunAdmin()).isTrue();
    }

    @Test
    void refusesNonsenseLimits() {
        assertThatThrownBy(() -> new AuthProperties.RateLimits(0, null, null, null, null, null, null))
                .hasMessageContaining("login-per-account");
        assertThatThrownBy(() -> new AuthProperties.Lockout(null, Duration.ZERO, null))
                .hasMessageContaining("lockout.duration");
    }

    @Test
    void secretTokensCarry256BitsAndCodesAreEasyToType() {
        assertThat(SecretTokens.newToken()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(SecretTokens.newCode()).hasSize(8).matches("[2-9A-HJKMNP-Z]+");
        assertThat(SecretTokens.normalizeCode(" ab2c-d3ef ")).isEqualTo("AB2CD3EF");
        assertThat(SecretTokens.sha256("x")).hasSize(64).isNotEqualTo(SecretTokens.sha256("y"));
    }
}
