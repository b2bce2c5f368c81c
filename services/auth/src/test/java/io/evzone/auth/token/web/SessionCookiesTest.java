package io.evzone.auth.token.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    private final SessionCookies secure = new SessionCookies(true, null, Duration.ofMinutes(15), Duration.ofDays(7));
    private final SessionCookies plain = new SessionCookies(false, null, Duration.ofMinutes(15), Duration.ofDays(7));

    @Test
    void theAccessCookieIsHttpOnlyStrictSecureForEveryPath() {
        assertThat(secure.access("token", Duration.ofMinutes(15)).toString())
                .startsWith("evzone_access_token=token")
                .contains("; Path=/;", "; Max-Age=900;", "; Secure", "; HttpOnly", "; SameSite=Strict");
    }

    @Test
    void theRefreshCookieOnlyTravelsToTheAuthEndpoints() {
        assertThat(secure.refresh("secret", Duration.ofDays(7)).toString())
                .startsWith("evzone_refresh_token=secret")
                .contains("; Path=/api/v1/auth;", "; Max-Age=604800;", "; Secure", "; HttpOnly", "; SameSite=Strict");
    }

    @Test
    void secureCanBeTurnedOffForPlainHttpDevelopment() {
        assertThat(plain.access("token", Duration.ofMinutes(15)).toString()).doesNotContain("Secure");
    }

    @Test
    void aDomainIsSetOnlyWhenConfigured() {
        var shared = new SessionCookies(true, "evzone.example", Duration.ofMinutes(15), Duration.ofDays(7));

        assertThat(shared.access("t", Duration.ofMinutes(1)).toString()).contains("; Domain=evzone.example");
        assertThat(secure.access("t", Duration.ofMinutes(1)).toString()).doesNotContain("Domain");
    }
}
