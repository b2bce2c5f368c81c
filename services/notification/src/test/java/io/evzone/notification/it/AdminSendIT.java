package io.evzone.notification.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Platform administrators send SMS (falling back between providers) and in-app messages themselves. */
class AdminSendIT extends NotificationServiceIT {

    private final TestHttp http;
    private final JsonMapper json;
    private final String admin = TestTokens.platformAdmin();

    @Autowired
    AdminSendIT(@LocalServerPort int port, JsonMapper json) {
        this.http = new TestHttp(port);
        this.json = json;
    }

    @Test
    void anSmsToANationalNumberGoesOutInE164ThroughTheFallbackWhenThePrimaryFails() {
        SMS_API.stubFor(post(urlEqualTo("/2010-04-01/Accounts/AC1/Messages.json"))
                .withRequestBody(containing("To=%2B256700000001"))
                .willReturn(aResponse().withStatus(503)));
        SMS_API.stubFor(post(urlEqualTo("/version1/messaging"))
                .withRequestBody(containing("to=%2B256700000001"))
                .willReturn(aResponse().withStatus(201).withBody("""
                        {"SMSMessageData":{"Recipients":[{"statusCode":101,"status":"Success",
                         "messageId":"ATXid_admin"}]}}""")));

        var queued = http.post(
                "/api/v1/notifications/sms",
                "{\"to\":\"0700 000001\",\"message\":\"Maintenance tonight\"}",
                TestHttp.bearer(admin));

        assertThat(queued.statusCode()).isEqualTo(202);
        JsonNode delivery = json.readTree(queued.body()).get(0);
        assertThat(delivery.path("address").asString()).isEqualTo("+256700000001");
        JsonNode sent = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> json.readTree(http.get(
                                        "/api/v1/notifications/deliveries/"
                                                + delivery.path("id").asString(),
                                        TestHttp.bearer(admin))
                                .body()),
                        d -> d.path("status").asString().equals("SENT"));
        assertThat(sent.path("provider").asString()).isEqualTo("africas-talking");
        assertThat(sent.path("providerId").asString()).isEqualTo("ATXid_admin");
        SMS_API.verify(
                postRequestedFor(urlEqualTo("/version1/messaging")).withRequestBody(containing("Maintenance+tonight")));
    }

    @Test
    void anInvalidNumberIsAClearErrorAndOnlyPlatformAdministratorsSend() {
        var invalid =
                http.post("/api/v1/notifications/sms", "{\"to\":\"12\",\"message\":\"x\"}", TestHttp.bearer(admin));
        var operator = http.post(
                "/api/v1/notifications/sms",
                "{\"to\":\"0700000001\",\"message\":\"x\"}",
                TestHttp.bearer(TestTokens.withPermissions("org-1", "organizations.manage")));

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("to: '12' is not a valid phone number");
        assertThat(operator.statusCode()).isEqualTo(403);
    }

    @Test
    void aPushFromAnAdministratorJoinsTheUsersFeed() {
        String user = UUID.randomUUID().toString();
        var queued = http.post(
                "/api/v1/notifications/push",
                "{\"userId\":\"%s\",\"title\":\"Welcome\",\"message\":\"Your card is ready\",\"metadata\":{\"cardId\":\"c1\"}}"
                        .formatted(user),
                TestHttp.bearer(admin));
        assertThat(queued.statusCode()).isEqualTo(202);

        String token = TestTokens.token(user, null, "driver", Set.of());
        JsonNode item = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> json.readTree(http.get("/api/v1/notifications", TestHttp.bearer(token))
                                .body()),
                        items -> items.size() == 1)
                .get(0);
        assertThat(item.path("title").asString()).isEqualTo("Welcome");
        assertThat(item.path("message").asString()).isEqualTo("Your card is ready");
        assertThat(item.path("metadata").path("cardId").asString()).isEqualTo("c1");
    }
}
