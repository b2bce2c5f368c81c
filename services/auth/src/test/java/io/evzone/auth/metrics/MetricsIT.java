package io.evzone.auth.metrics;

import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.TestAccounts;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

@AuthIntegrationTest
class MetricsIT {

    private static final String[] ADMIN = TestHttp.bearer(TestTokens.platformAdmin());

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theMetricsEndpointCountsTheLoginsRefreshesAndLogoutsMade() {
        User user = new TestAccounts(context).aUser().create();
        JsonNode before = metrics();

        var session = new AuthClient(port).login(user.email(), PASSWORD);
        new AuthClient(port).login(user.email(), PASSWORD);
        new AuthClient(port).login(user.email(), PASSWORD);
        new AuthClient(port).loginResponse(user.email(), "not-the-password");
        var refreshed = AuthClient.Session.of(new AuthClient(port).refreshWithBody(session.refreshToken()));
        new AuthClient(port).post("/api/v1/auth/logout", "{\"refreshToken\":\"" + refreshed.refreshToken() + "\"}");
        JsonNode after = metrics();

        assertThat(delta(before, after, "login", "count")).isEqualTo(4);
        assertThat(delta(before, after, "login", "succeeded")).isEqualTo(3);
        assertThat(delta(before, after, "login", "failed")).isEqualTo(1);
        assertThat(delta(before, after, "refresh", "succeeded")).isEqualTo(1);
        assertThat(delta(before, after, "logout", "count")).isEqualTo(1);
        JsonNode recent = after.get("login").get("lastFiveMinutes");
        assertThat(recent.get("count").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(recent.get("successRate").asDouble()).isBetween(0.0, 1.0);
        assertThat(recent.get("latencyMs").get("p50").asDouble()).isPositive();
        assertThat(recent.get("latencyMs").get("p99").asDouble())
                .isGreaterThanOrEqualTo(recent.get("latencyMs").get("p95").asDouble());
        assertThat(after.get("windowSeconds").asLong()).isEqualTo(300);
    }

    @Test
    void theTimersAreScrapableByPrometheus() {
        User user = new TestAccounts(context).aUser().create();
        new AuthClient(port).login(user.email(), PASSWORD);

        String scrape = new TestHttp(port).get("/actuator/prometheus").body();

        assertThat(scrape).contains("evzone_auth_login_seconds_count{").contains("outcome=\"success\"");
        assertThat(scrape).contains("evzone_auth_login_seconds_bucket{");
    }

    @Test
    void theMetricsAreForPlatformAdministratorsOnly() {
        String orgAdmin = TestTokens.withPermissions("org-1", "users.manage", "audit.read");

        assertThat(new TestHttp(port)
                        .get("/api/v1/auth/metrics", TestHttp.bearer(orgAdmin))
                        .statusCode())
                .isEqualTo(403);
        assertThat(new TestHttp(port).get("/api/v1/auth/metrics").statusCode()).isEqualTo(401);
    }

    private JsonNode metrics() {
        var response = new TestHttp(port).get("/api/v1/auth/metrics", ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }

    private static long delta(JsonNode before, JsonNode after, String operation, String field) {
        return after.get(operation).get("sinceStart").get(field).asLong()
                - before.get(operation).get("sinceStart").get(field).asLong();
    }
}
