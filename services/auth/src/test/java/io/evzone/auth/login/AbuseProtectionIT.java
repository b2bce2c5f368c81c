package io.evzone.auth.login;

import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.TestAccounts;
import io.evzone.platform.ratelimit.RateLimit;
import io.evzone.platform.ratelimit.RedisRateLimiter;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuthIntegrationTest
class AbuseProtectionIT {

    /** The per-account login limit as the service defines it (same name, so the same Redis counter). */
    private static final RateLimit LOGIN_PER_ACCOUNT = RateLimit.perMinute("auth-login-account", 5);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RedisRateLimiter limiter;

    @Autowired
    JdbcClient jdbc;

    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
    }

    @Test
    void loginIsLimitedToFiveAttemptsPerMinutePerAccount() {
        User user = accounts.aUser().create();
        for (int i = 0; i < 5; i++) {
            assertThat(new AuthClient(port)
                            .loginResponse(user.email(), "wrong-password-" + i)
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> sixth = new AuthClient(port).loginResponse(user.email(), PASSWORD);

        assertRateLimited(sixth, "Too many login attempts; try again later", 60);
    }

    @Test
    void loginIsLimitedToFiveAttemptsPerMinutePerClientAddress() {
        AuthClient client = new AuthClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.loginResponse(TestAccounts.uniqueEmail("guess"), "wrong-password")
                            .statusCode())
                    .isEqualTo(401);
        }

        assertRateLimited(
                client.loginResponse(TestAccounts.uniqueEmail("guess"), "wrong-password"),
                "Too many login attempts; try again later",
                60);
        assertThat(new AuthClient(port)
                        .loginResponse(TestAccounts.uniqueEmail("guess"), "wrong-password")
                        .statusCode())
                .as("another client is not affected")
                .isEqualTo(401);
    }

    @Test
    void tenConsecutiveFailuresLockTheAccountForFifteenMinutes() {
        User user = accounts.aUser().create();
        failLogins(user.email(), 10);

        HttpResponse<String> rightPassword = new AuthClient(port).loginResponse(user.email(), PASSWORD);

        assertRateLimited(rightPassword, "Too many failed login attempts for this account; try again later", 900);
        assertThat(Long.parseLong(
                        rightPassword.headers().firstValue("Retry-After").orElseThrow()))
                .isGreaterThan(800);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE type = 'LOGIN_LOCKED_OUT' AND user_id = :id")
                        .param("id", user.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownAccountLocksExactlyLikeAKnownOne() {
        String nobody = TestAccounts.uniqueEmail("nobody");
        failLogins(nobody, 10);

        assertRateLimited(
                new AuthClient(port).loginResponse(nobody, PASSWORD),
                "Too many failed login attempts for this account; try again later",
                900);
    }

    @Test
    void codeSendingIsLimitedToThreePerMinutePerAddress() {
        String email = TestAccounts.uniqueEmail("forgetful");
        String body = "{\"email\":\"" + email + "\"}";
        for (int i = 0; i < 3; i++) {
            assertThat(new AuthClient(port)
                            .post("/api/v1/auth/forgot-password", body)
                            .statusCode())
                    .isEqualTo(200);
        }

        assertRateLimited(
                new AuthClient(port).post("/api/v1/auth/forgot-password", body),
                "Too many codes requested; try again later",
                60);
    }

    /** Fails {@code count} logins from fresh clients, starting the per-account window anew every five. */
    private void failLogins(String email, int count) {
        for (int i = 0; i < count; i++) {
            if (i % 5 == 0) {
                limiter.reset(
                        LOGIN_PER_ACCOUNT, email); // as if a minute had passed: the lockout, not the limit, is tested
            }
            assertThat(new AuthClient(port)
                            .loginResponse(email, "wrong-password-" + i)
                            .statusCode())
                    .as("failure %d", i + 1)
                    .isEqualTo(401);
        }
        limiter.reset(LOGIN_PER_ACCOUNT, email);
    }

    private static void assertRateLimited(HttpResponse<String> response, String message, int maxRetryAfter) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("message").asString()).isEqualTo(message);
        assertThat(json(response).get("statusCode").asInt()).isEqualTo(429);
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, (long) maxRetryAfter);
    }
}
