package io.evzone.platform.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@EvzoneIntegrationTest
class JwtAuthenticationIT {

    private final TestHttp http;

    JwtAuthenticationIT(@LocalServerPort int port) {
        this.http = new TestHttp(port);
    }

    @Test
    void acceptsTheAccessTokenAsBearerHeader() {
        var response = http.get(
                "/api/v1/widgets/me", "Authorization", "Bearer " + TestTokens.withPermissions("org-1", "widgets.read"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("userId");
    }

    @Test
    void acceptsTheAccessTokenAsHttpOnlyCookie() {
        var response = http.get(
                "/api/v1/widgets/me",
                "Cookie",
                "evzone_access_token=" + TestTokens.withPermissions("org-1", "widgets.read"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousCallersGet401ProblemJson() {
        var response = http.get("/api/v1/widgets/me");

        assertProblem(response, 401, "Authentication required");
    }

    @Test
    void forgedTokensGet401() {
        String token = TestTokens.withPermissions("org-1", "widgets.read");
        String forged =
                token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertProblem(
                http.get("/api/v1/widgets/me", "Authorization", "Bearer " + forged), 401, "Invalid token signature");
    }

    @Test
    void algNoneTokensGet401() {
        String[] parts = TestTokens.withPermissions("org-1", "widgets.read").split("\\.");
        String none = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        var response = http.get("/api/v1/widgets/me", "Authorization", "Bearer " + none + "." + parts[1] + ".");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void expiredTokensGet401() {
        String expired = TestTokens.expired("org-1", "widgets.read");

        assertProblem(
                http.get("/api/v1/widgets/me", "Authorization", "Bearer " + expired), 401, "Access token expired");
    }

    @Test
    void callersWithoutThePermissionGet403() {
        var response = http.get(
                "/api/v1/widgets/me", "Authorization", "Bearer " + TestTokens.withPermissions("org-1", "other.read"));

        assertProblem(response, 403, "You do not have permission to do this");
    }

    @Test
    void callersWithoutThePermissionGet403BeforeTheirBodyIsRead() {
        var response = http.post(
                "/api/v1/widgets",
                "{\"name\":\"\"}",
                TestHttp.bearer(TestTokens.withPermissions("org-1", "widgets.read")));

        assertProblem(response, 403, "You do not have permission to do this");
    }

    @Test
    void platformAdminsPassPermissionChecksThatNameThem() {
        var response = http.get("/api/v1/widgets/me", TestHttp.bearer(TestTokens.platformAdmin()));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void publicEndpointsNeedNoToken() {
        assertThat(http.get("/api/v1/widgets/public").statusCode()).isEqualTo(200);
    }

    @Test
    void cookieAuthenticatedWritesFromAForeignOriginAreRefused() {
        String cookie = "evzone_access_token=" + TestTokens.withPermissions("org-1", "widgets.write");

        var foreign = http.post(
                "/api/v1/widgets",
                "{\"name\":\"w\",\"quantity\":1}",
                "Cookie",
                cookie,
                "Origin",
                "https://evil.example");
        var allowed = http.post(
                "/api/v1/widgets",
                "{\"name\":\"w\",\"quantity\":1}",
                "Cookie",
                cookie,
                "Origin",
                "http://localhost:5173");

        assertProblem(
                foreign,
                403,
                "Cross-site request refused: cookie-authenticated requests must come from an allowed origin");
        assertThat(allowed.statusCode()).isEqualTo(201);
    }

    @Test
    void bearerWritesNeedNoOriginProof() {
        var response = http.post(
                "/api/v1/widgets",
                "{\"name\":\"w\",\"quantity\":1}",
                "Authorization",
                "Bearer " + TestTokens.withPermissions("org-1", "widgets.write"),
                "Cookie",
                "evzone_refresh_token=stale");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    private void assertProblem(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"statusCode\":" + status).contains("\"message\":\"" + message + "\"");
    }
}
