package io.evzone.notification.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.DeliveryStatus;
import io.evzone.notification.push.providers.P256;
import io.evzone.notification.unsubscribe.application.Unsubscribe;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users subscribe browsers for push; an admin's push reaches them; email unsubscribe links work without a login. */
class PushIT extends NotificationServiceIT {

    private final TestHttp http;
    private final JsonMapper json;
    private final Unsubscribe unsubscribe;
    private final String user = UUID.randomUUID().toString();
    private final String token = TestTokens.token(user, null, "driver", Set.of());

    @Autowired
    PushIT(@LocalServerPort int port, JsonMapper json, Unsubscribe unsubscribe) {
        this.http = new TestHttp(port);
        this.json = json;
        this.unsubscribe = unsubscribe;
    }

    @Test
    void aUserManagesOnlyTheirOwnSubscriptions() {
        assertThat(json.readTree(http.get("/api/v1/push/vapid-public-key", TestHttp.bearer(token))
                                .body())
                        .path("publicKey")
                        .asString())
                .hasSize(87);
        var created = http.post("/api/v1/push/subscriptions", "{\"fcmToken\":\"device-1\"}", TestHttp.bearer(token));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json.readTree(created.body()).path("id").asString();
        var again = http.post("/api/v1/push/subscriptions", "{\"fcmToken\":\"device-1\"}", TestHttp.bearer(token));
        assertThat(json.readTree(again.body()).path("id").asString()).isEqualTo(id);

        String stranger = TestTokens.token(UUID.randomUUID().toString(), null, "driver", Set.of());
        assertThat(http.delete("/api/v1/push/subscriptions/" + id, TestHttp.bearer(stranger))
                        .statusCode())
                .isEqualTo(404);
        assertThat(json.readTree(http.get("/api/v1/push/subscriptions", TestHttp.bearer(stranger))
                        .body()))
                .isEmpty();
        assertThat(http.delete("/api/v1/push/subscriptions/" + id, TestHttp.bearer(token))
                        .statusCode())
                .isEqualTo(204);
        assertThat(json.readTree(http.get("/api/v1/push/subscriptions", TestHttp.bearer(token))
                        .body()))
                .isEmpty();
    }

    @Test
    void malformedSubscriptionsAreRefusedNamingTheField() {
        var noKeys = http.post(
                "/api/v1/push/subscriptions", "{\"endpoint\":\"https://push.example.test/x\"}", TestHttp.bearer(token));
        assertThat(noKeys.statusCode()).isEqualTo(400);
        assertThat(noKeys.body()).contains("keys: required");
        var unknownField = http.post(
                "/api/v1/push/subscriptions", "{\"fcmToken\":\"t\",\"colour\":\"red\"}", TestHttp.bearer(token));
        assertThat(unknownField.statusCode()).isEqualTo(400);
    }

    @Test
    void anAdminPushReachesTheBrowserAndAGoneBrowserIsForgotten() {
        SMS_API.stubFor(post(urlEqualTo("/wp/" + user + "/alive"))
                .willReturn(aResponse().withStatus(201)));
        SMS_API.stubFor(
                post(urlEqualTo("/wp/" + user + "/gone")).willReturn(aResponse().withStatus(410)));
        subscribeBrowser("alive");
        subscribeBrowser("gone");

        var queued = http.post(
                "/api/v1/notifications/push",
                "{\"userId\":\"%s\",\"title\":\"Welcome\",\"message\":\"Your card is ready\"}".formatted(user),
                TestHttp.bearer(TestTokens.platformAdmin()));

        assertThat(queued.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> SMS_API.verify(postRequestedFor(urlEqualTo("/wp/" + user + "/alive"))
                        .withHeader("Content-Encoding", equalTo("aes128gcm"))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> json.readTree(http.get("/api/v1/push/subscriptions", TestHttp.bearer(token))
                                        .body())
                                .size()
                        == 1);
    }

    @Test
    void theUnsubscribeLinkWorksWithoutLoginAndTurnsOffThatCategorysEmail() {
        String link = unsubscribe.linkFor(billingEmail()).orElseThrow();
        String path = link.substring(link.indexOf("/api/v1/"));

        var done = http.post(path, "");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("\"category\":\"BILLING\"");
        assertThat(http.get(path).statusCode()).isEqualTo(200);
        assertThat(http.post(path.replace("token=", "token=x"), "").statusCode())
                .isEqualTo(400);

        JsonNode preferences = json.readTree(http.get("/api/v1/notifications/preferences", TestHttp.bearer(token))
                .body());
        assertThat(billingChannels(preferences)).doesNotContain("EMAIL").contains("IN_APP");
    }

    private static String billingChannels(JsonNode preferences) {
        return preferences.path("channels").path("BILLING").toString();
    }

    private Delivery billingEmail() {
        Instant now = Instant.now();
        return new Delivery(
                UUID.randomUUID(),
                UUID.randomUUID(),
                user,
                Channel.EMAIL,
                "a@example.test",
                "t",
                "en",
                Map.of("category", "BILLING"),
                DeliveryStatus.SENT,
                1,
                null,
                null,
                null,
                now,
                now);
    }

    private void subscribeBrowser(String name) {
        byte[] point = P256.encode((ECPublicKey) P256.generate().getPublic());
        var b64 = Base64.getUrlEncoder().withoutPadding();
        var created = http.post(
                "/api/v1/push/subscriptions",
                """
                {"endpoint":"http://localhost:%d/wp/%s/%s","expirationTime":null,
                 "keys":{"p256dh":"%s","auth":"%s"}}""".formatted(SMS_API.port(), user, name, b64.encodeToString(point), b64.encodeToString(new byte[16])),
                TestHttp.bearer(token));
        assertThat(created.statusCode()).isEqualTo(201);
    }
}
