package io.evzone.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.session.SessionStopped;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Session events reach the driver's own feed and own event stream, resumable and from any node. */
class InAppFeedIT extends NotificationServiceIT {

    private final EventPublisher publisher;
    private final TestHttp http;
    private final JsonMapper json;
    private final StringRedisTemplate redis;
    private final int port;

    @Autowired
    InAppFeedIT(EventPublisher publisher, @LocalServerPort int port, JsonMapper json, StringRedisTemplate redis) {
        this.publisher = publisher;
        this.http = new TestHttp(port);
        this.json = json;
        this.redis = redis;
        this.port = port;
    }

    @Test
    void aStoppedSessionJoinsTheDriversFeedOnlyAndCanBeMarkedRead() {
        String driver = UUID.randomUUID().toString();
        String token = tokenOf(driver);
        stopSession(driver, 12_345, "Local");

        JsonNode item = awaitFeed(token, 1).getFirst();
        assertThat(item.path("type").asString()).isEqualTo("session.stopped");
        assertThat(item.path("title").asString()).isEqualTo("Charging finished: 12.35 kWh");
        assertThat(item.path("read").asBoolean()).isFalse();
        assertThat(feed(tokenOf(UUID.randomUUID().toString()))).isEmpty();
        assertThat(http.patch(
                                "/api/v1/notifications/" + item.path("id").asString() + "/read",
                                "",
                                TestHttp.bearer(tokenOf(UUID.randomUUID().toString())))
                        .statusCode())
                .isEqualTo(404);

        var read =
                http.patch("/api/v1/notifications/" + item.path("id").asString() + "/read", "", TestHttp.bearer(token));
        assertThat(json.readTree(read.body()).path("read").asBoolean()).isTrue();
        stopSession(driver, 1_000, "PowerLoss");
        assertThat(awaitFeed(token, 2).getFirst().path("type").asString()).isEqualTo("session.interrupted");
        var all = http.patch("/api/v1/notifications/read-all", "", TestHttp.bearer(token));
        assertThat(json.readTree(all.body()).path("updated").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/notifications?unread=true", TestHttp.bearer(token))
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void theStreamCarriesTheCallersOwnEventsAndResumesAfterLastEventId() throws Exception {
        String driver = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String firstId;
        try (SseClient stream = SseClient.open(port, "Cookie", "evzone_access_token=" + tokenOf(driver));
                SseClient otherStream = SseClient.open(port, TestHttp.bearer(tokenOf(other)))) {
            assertThat(stream.status()).isEqualTo(200);
            stopSession(driver, 2_000, "Local");
            var first = awaitEvents(stream, 1).getFirst();
            assertThat(first.name()).isEqualTo("notification");
            assertThat(json.readTree(first.data()).path("type").asString()).isEqualTo("session.stopped");
            firstId = first.id();
            assertThat(otherStream.events()).isEmpty();
        }
        stopSession(driver, 3_000, "Local");
        awaitFeed(tokenOf(driver), 2);

        try (SseClient resumed =
                SseClient.open(port, "Last-Event-ID", firstId, "Authorization", "Bearer " + tokenOf(driver))) {
            var missed = awaitEvents(resumed, 1);
            assertThat(Long.parseLong(missed.getFirst().id())).isGreaterThan(Long.parseLong(firstId));
            assertThat(json.readTree(missed.getFirst().data()).path("title").asString())
                    .isEqualTo("Charging finished: 3.00 kWh");
        }
    }

    @Test
    void anItemAnotherNodeFansOutReachesTheStreamOnThisNode() throws Exception {
        String driver = UUID.randomUUID().toString();
        try (SseClient stream = SseClient.open(port, TestHttp.bearer(tokenOf(driver)))) {
            await().until(() -> http.get("/actuator/health").statusCode() == 200);
            String item = """
                    {"seq":987654321,"id":"%s","userId":"%s","type":"admin.message","title":"From node B",
                     "message":"hello","metadata":{},"createdAt":"2026-12-07T12:00:00Z","readAt":null}""".formatted(UUID.randomUUID(), driver);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                redis.convertAndSend("evzone:notification:feed", item);
                assertThat(stream.events()).isNotEmpty();
            });
            assertThat(json.readTree(stream.events().getFirst().data())
                            .path("title")
                            .asString())
                    .isEqualTo("From node B");
        }
    }

    @Test
    void theStreamAnswersAtOnceWithTheReconnectDelayNotAtTheFirstHeartbeat() throws Exception {
        // Before the fix the headers waited for the 25 s heartbeat, so opening the stream took up to 25 s.
        SseClient stream = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> SseClient.open(
                        port, TestHttp.bearer(tokenOf(UUID.randomUUID().toString()))));
        try (stream) {
            assertThat(stream.status()).isEqualTo(200);
        }
    }

    @Test
    void theStreamNeedsAToken() throws Exception {
        try (SseClient anonymous = SseClient.open(port)) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
    }

    private void stopSession(String userId, long energyWh, String reason) {
        Instant now = Instant.now();
        var stopped = new SessionStopped(
                UUID.randomUUID().toString(),
                null,
                "CP-" + userId.substring(0, 6),
                1,
                1,
                "42",
                "org-1",
                "st-1",
                "TAG",
                userId,
                "COMPLETED",
                now.minusSeconds(600),
                now,
                0L,
                energyWh,
                energyWh,
                reason,
                false);
        publisher
                .publish(Topics.SESSION_EVENTS, EventEnvelope.of("session", stopped.sessionId(), null, stopped))
                .join();
    }

    private static String tokenOf(String userId) {
        return TestTokens.token(userId, null, "driver", Set.of("sessions.own"));
    }

    private List<JsonNode> feed(String token) {
        var response = http.get("/api/v1/notifications", TestHttp.bearer(token));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).valueStream().toList();
    }

    private List<JsonNode> awaitFeed(String token, int size) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> feed(token), items -> items.size() >= size);
    }

    private static List<SseClient.Event> awaitEvents(SseClient stream, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(stream::events, events -> events.size() >= count);
    }
}
