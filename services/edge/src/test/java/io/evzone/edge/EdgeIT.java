package io.evzone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.TestHttp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The edge in front of service doubles: routing, forwarded headers, its own errors, streaming, CORS, limits. */
@EvzoneIntegrationTest
class EdgeIT {

    static final FakeService station = new FakeService("station");
    static final FakeService session = new FakeService("session");
    static final FakeService notification = new FakeService("notification");
    static final FakeService booking = new FakeService("booking");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("evzone.edge.services.station", station::url);
        registry.add("evzone.edge.services.session", session::url);
        registry.add("evzone.edge.services.notification", notification::url);
        registry.add("evzone.edge.services.booking", booking::url);
        registry.add("evzone.edge.services.auth", () -> "http://127.0.0.1:" + closedPort());
        registry.add("evzone.security.cors-origins", () -> "http://portal.example");
        registry.add("evzone.edge.rate-limit-per-minute", () -> "20");
        registry.add("spring.http.clients.read-timeout", () -> "1s");
    }

    @AfterAll
    static void stopTheDoubles() {
        station.close();
        session.close();
        notification.close();
        booking.close();
    }

    @Test
    void sendsEachPathToTheServiceThatOwnsItWithCookiesAuthorizationAndForwardedHeaders() {
        var response = http().get(
                        "/api/v1/charge-points/abc/connectors?limit=5",
                        "Authorization",
                        "Bearer token-1",
                        "Cookie",
                        "evzone_access_token=a1",
                        "X-Correlation-Id",
                        "corr-edge-1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"service\":\"station\"")
                .contains("/api/v1/charge-points/abc/connectors?limit=5");
        var headers = station.lastHeaders.get();
        assertThat(headers.getFirst("Authorization")).isEqualTo("Bearer token-1");
        assertThat(headers.getFirst("Cookie")).isEqualTo("evzone_access_token=a1");
        assertThat(headers.getFirst("X-Correlation-Id")).isEqualTo("corr-edge-1");
        assertThat(headers.getFirst("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(headers.getFirst("X-Forwarded-Host")).isEqualTo("localhost:" + port);
        assertThat(headers.getFirst("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(headers.getFirst("X-Forwarded-Port")).isEqualTo(String.valueOf(port));
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("corr-edge-1");
    }

    @Test
    void aChargersLocalListBelongsToTheSessionServiceUnderTheStationsChargePoints() {
        assertThat(http().post("/api/v1/charge-points/CP-1/local-list", "{}").body())
                .contains("\"service\":\"session\"");
        assertThat(http().get("/api/v1/charge-points/CP-1").body()).contains("\"service\":\"station\"");
    }

    @Test
    void aPathNoServiceOwnsIsTheEdgesOwn404() {
        var response = http().get("/api/v1/no-such-domain/1");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("no-route").contains("/api/v1/no-such-domain/1");
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNamingIt() {
        var response = http().post("/api/v1/auth/login", "{}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"service\":\"auth\"").contains("The auth service is unavailable");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA504ProblemNamingIt() {
        var response = http().get("/api/v1/bookings/slow");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.body()).contains("\"service\":\"booking\"").contains("did not answer in time");
    }

    @Test
    void serverSentEventsArriveAsTheServiceSendsThem() throws Exception {
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sse/events"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(lines.readLine())
                    .as("before the service sends its second event")
                    .isEqualTo("data: first");
            notification.releaseSecondEvent.countDown();
            assertThat(lines.readLine()).isEmpty();
            assertThat(lines.readLine()).isEqualTo("data: second");
        }
    }

    @Test
    void corsIsTheEdgesForTheConfiguredOriginsWithTheHeadersTheClientsSend() {
        var preflight = preflight("http://portal.example");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("http://portal.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .hasValue("true");
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Headers")
                        .orElseThrow()
                        .toLowerCase())
                .contains("x-tenant-id", "x-assisted-session-id", "x-correlation-id", "idempotency-key");

        var actual = http().get("/api/v1/stations", "Origin", "http://portal.example");
        assertThat(actual.headers().allValues("Access-Control-Allow-Origin"))
                .as("the service's own CORS header is dropped")
                .containsExactly("http://portal.example");

        assertThat(preflight("http://evil.example").statusCode()).isEqualTo(403);
    }

    @Test
    void aClientOverTheGlobalLimitGets429WithRetryAfter() {
        String[] client = {"X-Forwarded-For", "203.0.113.7"};
        for (int i = 0; i < 20; i++) {
            assertThat(http().get("/api/v1/stations", client).statusCode()).isEqualTo(200);
        }

        var refused = http().get("/api/v1/stations", client);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(http().get("/api/v1/stations", "X-Forwarded-For", "203.0.113.8")
                        .statusCode())
                .as("another client")
                .isEqualTo(200);
    }

    @Test
    void healthReadinessAndPerRouteLatencyAreTheEdgesOwn() {
        http().get("/api/v1/stations");

        assertThat(http().get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(http().get("/actuator/prometheus").body())
                .containsPattern("evzone_edge_route_seconds_count\\{[^}]*service=\"station\"");
    }

    @Test
    void oneSwaggerUiListsEveryServicesDocumentWithoutALogin() {
        var redirect = http().get("/api/docs");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(http().get(URI.create(location).getPath()).statusCode()).isEqualTo(200);

        String config = http().get("/api/edge/docs.json/swagger-config").body();
        for (String service : io.evzone.edge.routing.RouteTable.services()) {
            assertThat(config).contains("/api/docs/" + service + ".json");
        }
        assertThat(http().get("/api/docs/station.json").body()).contains("/api/docs.json");
    }

    private HttpResponse<String> preflight(String origin) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/stations"))
                                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                    .header("Origin", origin)
                                    .header("Access-Control-Request-Method", "POST")
                                    .header(
                                            "Access-Control-Request-Headers",
                                            "x-tenant-id,x-assisted-session-id,x-correlation-id,idempotency-key,content-type")
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TestHttp http() {
        return new TestHttp(port);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
