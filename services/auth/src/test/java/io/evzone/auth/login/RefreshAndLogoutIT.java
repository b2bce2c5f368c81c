package io.evzone.auth.login;

import static io.evzone.auth.support.AuthClient.ALLOWED_ORIGIN;
import static io.evzone.auth.support.AuthClient.FOREIGN_ORIGIN;
import static io.evzone.auth.support.AuthClient.attributes;
import static io.evzone.auth.support.AuthClient.cookies;
import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.shared.SecretTokens;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthClient.Session;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuthIntegrationTest
class RefreshAndLogoutIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private AuthClient client;
    private User user;

    @BeforeEach
    void setUp() {
        client = new AuthClient(port);
        user = new TestAccounts(context).aUser().create();
    }

    @Test
    void refreshRotatesTheRefreshTokenAndTheCookies() {
        Session login = client.login(user.email(), PASSWORD);

        HttpResponse<String> response = client.refreshWithCookie(login.refreshToken());

        assertThat(response.statusCode()).isEqualTo(200);
        Session refreshed = Session.of(response);
        assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken());
        assertThat(refreshed.accessToken()).isNotEqualTo(login.accessToken());
        assertThat(refreshed.userId()).isEqualTo(user.id().toString());
        assertThat(AuthClient.value(cookies(response).get("evzone_refresh_token")))
                .isEqualTo(refreshed.refreshToken());
        assertThat(AuthClient.value(cookies(response).get("evzone_access_token")))
                .isEqualTo(refreshed.accessToken());
        assertThat(client.refreshWithBody(refreshed.refreshToken()).statusCode())
                .as("the successor works, from the body too")
                .isEqualTo(200);
    }

    @Test
    void refreshTokenReuseRevokesTheWholeFamily() {
        Session login = client.login(user.email(), PASSWORD);
        Session second = Session.of(client.refreshWithBody(login.refreshToken()));
        Session third = Session.of(client.refreshWithBody(second.refreshToken()));
        Session otherDevice = new AuthClient(port).login(user.email(), PASSWORD);

        HttpResponse<String> reuse = client.refreshWithBody(login.refreshToken());

        assertThat(reuse.statusCode()).isEqualTo(401);
        assertThat(json(reuse).get("message").asString()).startsWith("Refresh token already used");
        HttpResponse<String> newest = client.refreshWithBody(third.refreshToken());
        assertThat(newest.statusCode()).as("the newest token of the family").isEqualTo(401);
        assertThat(json(newest).get("message").asString()).startsWith("Refresh token revoked");
        assertThat(client.refreshWithBody(otherDevice.refreshToken()).statusCode())
                .as("another login's family")
                .isEqualTo(200);
        assertThat(auditCount("REFRESH_TOKEN_REUSED")).isEqualTo(1);
    }

    @Test
    void refreshTokensAreStoredAsDigestsAndTheirRevocationIsPersisted() {
        Session login = client.login(user.email(), PASSWORD);
        client.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + login.refreshToken() + "\"}");

        assertThat(countTokens("token_hash = :value", login.refreshToken())).isZero();
        assertThat(countTokens(
                        "token_hash = :value AND revoked_at IS NOT NULL", SecretTokens.sha256(login.refreshToken())))
                .isEqualTo(1);
    }

    @Test
    void refreshWithoutATokenIsUnauthorized() {
        HttpResponse<String> response = client.post("/api/v1/auth/refresh", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("message").asString()).isEqualTo("Refresh token missing");
        assertThat(client.refreshWithBody("made-up").statusCode()).isEqualTo(401);
    }

    @Test
    void logoutClearsBothCookiesAndRevokesTheSession() {
        Session login = client.login(user.email(), PASSWORD);

        HttpResponse<String> response = client.post(
                "/api/v1/auth/logout",
                null,
                "Cookie",
                "evzone_refresh_token=" + login.refreshToken() + "; evzone_access_token=" + login.accessToken(),
                "Origin",
                ALLOWED_ORIGIN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("success").asBoolean()).isTrue();
        assertThat(json(response).get("message").asString()).isEqualTo("Logged out");
        var cleared = cookies(response);
        assertThat(AuthClient.value(cleared.get("evzone_access_token"))).isEmpty();
        assertThat(attributes(cleared.get("evzone_access_token")))
                .contains("Path=/", "Max-Age=0", "HttpOnly", "SameSite=Strict", "Secure");
        assertThat(attributes(cleared.get("evzone_refresh_token")))
                .contains("Path=/api/v1/auth", "Max-Age=0", "HttpOnly", "SameSite=Strict", "Secure");
        assertThat(client.refreshWithBody(login.refreshToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void logoutEverywhereEndsEverySessionOfTheAccount() {
        Session phone = client.login(user.email(), PASSWORD);
        Session laptop = new AuthClient(port).login(user.email(), PASSWORD);

        HttpResponse<String> response = client.post("/api/v1/auth/logout-all", null, phone.bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(client.refreshWithBody(phone.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(client.refreshWithBody(laptop.refreshToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void cookieAuthenticatedPostsFromAForeignOriginAreRefused() {
        Session login = client.login(user.email(), PASSWORD);
        String refreshCookie = "evzone_refresh_token=" + login.refreshToken();

        HttpResponse<String> refresh =
                client.post("/api/v1/auth/refresh", null, "Cookie", refreshCookie, "Origin", FOREIGN_ORIGIN);
        HttpResponse<String> logout =
                client.post("/api/v1/auth/logout", null, "Cookie", refreshCookie, "Origin", FOREIGN_ORIGIN);
        HttpResponse<String> noOrigin = client.post("/api/v1/auth/logout", null, "Cookie", refreshCookie);

        assertThat(refresh.statusCode()).isEqualTo(403);
        assertThat(json(refresh).get("message").asString()).startsWith("Cross-site request refused");
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(client.refreshWithCookie(login.refreshToken()).statusCode())
                .as("the refused requests did nothing")
                .isEqualTo(200);
    }

    private long auditCount(String type) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE type = :type AND user_id = :user")
                .param("type", type)
                .param("user", user.id())
                .query(Long.class)
                .single();
    }

    private long countTokens(String condition, String value) {
        return jdbc.sql("SELECT count(*) FROM refresh_token WHERE " + condition)
                .param("value", value)
                .query(Long.class)
                .single();
    }
}
