package io.evzone.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.auth.UserRegistered;
import io.evzone.contracts.session.SessionStopped;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A user's channels per category and language decide how events reach them; operators preview templates. */
class PreferencesIT extends NotificationServiceIT {

    private final EventPublisher publisher;
    private final TestHttp http;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    @Autowired
    PreferencesIT(EventPublisher publisher, @LocalServerPort int port, JsonMapper json, JdbcClient jdbc) {
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.http = new TestHttp(port);
        this.json = json;
    }

    @Test
    void aDriverWhoChoseEmailInFrenchForChargingGetsAFrenchEmailAndNoFeedItem() {
        String driver = UUID.randomUUID().toString();
        String address = "zoe-" + System.nanoTime() + "@example.test";
        var registered = new UserRegistered(driver, address, null, "Zoé", UserRegistered.SELF_SERVICE, "ACTIVE");
        publisher
                .publish(Topics.AUTH_EVENTS, EventEnvelope.of("auth", driver, null, registered))
                .join();
        String token = TestTokens.token(driver, null, "driver", Set.of());
        var saved = http.put("/api/v1/notifications/preferences", """
                {"language":"fr","timeZone":"Africa/Kampala","quietHours":{"start":"22:00","end":"06:30"},
                 "channels":{"CHARGING":["EMAIL"]}}""", TestHttp.bearer(token));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json.readTree(saved.body())
                        .path("channels")
                        .path("CHARGING")
                        .valueStream()
                        .toList())
                .extracting(JsonNode::asString)
                .containsExactly("EMAIL");

        Instant now = Instant.now();
        var stopped = new SessionStopped(
                UUID.randomUUID().toString(),
                null,
                "CP-FR",
                1,
                1,
                "7",
                "org-1",
                "st-1",
                "TAG",
                driver,
                "COMPLETED",
                now.minusSeconds(60),
                now,
                0L,
                4_500L,
                4_500L,
                "Local",
                false);
        awaitRecipientKnown(driver);
        publisher
                .publish(Topics.SESSION_EVENTS, EventEnvelope.of("session", stopped.sessionId(), null, stopped))
                .join();

        var mail = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> Arrays.stream(MAIL.getReceivedMessages())
                                .filter(m -> {
                                    try {
                                        return m.getAllRecipients()[0]
                                                .toString()
                                                .equals(address);
                                    } catch (jakarta.mail.MessagingException e) {
                                        return false;
                                    }
                                })
                                .toList(),
                        list -> !list.isEmpty());
        assertThat(mail).hasSize(1);
        assertThat(http.get("/api/v1/notifications", TestHttp.bearer(token)).body())
                .isEqualTo("[]");
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingTheField() {
        var refused = http.put(
                "/api/v1/notifications/preferences",
                "{\"timeZone\":\"Mars/Olympus\"}",
                TestHttp.bearer(TestTokens.token(UUID.randomUUID().toString(), null, "driver", Set.of())));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("timeZone");
    }

    @Test
    void operatorsPreviewATemplateAndAreToldWhichVariableIsMissing() {
        String operator = TestTokens.withPermissions("org-1", "organizations.manage");
        var preview =
                http.post("/api/v1/notifications/templates/session.stopped/preview", """
                {"language":"fr","data":{"name":"Awa","ocppId":"CP-1","stoppedAt":"12:00","energyKwh":"8.00"}}""", TestHttp.bearer(operator));
        var missing = http.post(
                "/api/v1/notifications/templates/session.stopped/preview",
                "{\"data\":{\"name\":\"Awa\"}}",
                TestHttp.bearer(operator));
        var driver = http.get(
                "/api/v1/notifications/templates",
                TestHttp.bearer(TestTokens.token(UUID.randomUUID().toString(), null, "driver", Set.of())));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(json.readTree(preview.body()).path("subject").asString()).isEqualTo("Recharge terminée : 8.00 kWh");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("data.");
        assertThat(driver.statusCode()).isEqualTo(403);
    }

    private void awaitRecipientKnown(String userId) {
        // The address arrives on auth.events.v1, another topic than the session's event.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT email FROM notification.recipient WHERE user_id = ?")
                        .param(userId)
                        .query(String.class)
                        .optional()
                        .isPresent());
    }
}
