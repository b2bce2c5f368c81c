package io.evzone.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.notification.NotificationRequested;
import io.evzone.contracts.notification.NotificationTemplates;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The auth service's requests on notification.requests.v1 become email over SMTP, once each. */
class EmailDeliveryIT extends NotificationServiceIT {

    private final Requests requests;
    private final TestHttp http;
    private final JsonMapper json;
    private final String admin = TestTokens.platformAdmin();

    @Autowired
    EmailDeliveryIT(EventPublisher publisher, @LocalServerPort int port, JsonMapper json) {
        this.requests = new Requests(publisher);
        this.http = new TestHttp(port);
        this.json = json;
    }

    @Test
    void aVerificationRequestIsSentAsEmailWithTextAndHtmlParts() throws Exception {
        String address = "ada-" + System.nanoTime() + "@example.test";
        requests.publish(
                requests.email(address, NotificationTemplates.AUTH_VERIFY_EMAIL, Requests.verifyEmailData("Ada")));

        MimeMessage mail = awaitMailTo(address).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Confirm your email address");
        assertThat(mail.getContentType()).startsWith("multipart/");
        assertThat(GreenMailUtil.getWholeMessage(mail))
                .contains("text/plain")
                .contains("text/html")
                .contains("Hello Ada,")
                .contains("token=abc<&>")
                .contains("abc&lt;&amp;&gt;");
    }

    @Test
    void aRedeliveredRequestSendsOneEmail() {
        String address = "twice-" + System.nanoTime() + "@example.test";
        EventEnvelope<NotificationRequested> request =
                requests.email(address, NotificationTemplates.AUTH_VERIFY_EMAIL, Requests.verifyEmailData("Bo"));
        requests.publish(request);
        requests.publish(request);

        awaitMailTo(address);
        JsonNode delivery = awaitDelivery(request, "SENT");
        assertThat(delivery.path("providerId").asString()).endsWith("@evzone.notification>");
        assertThat(deliveriesOf(request)).hasSize(1);
        assertThat(mailTo(address)).hasSize(1);
    }

    @Test
    void badRequestsFailWithTheirReasonWhileTheRestOfTheBatchGoesOut() {
        String good = "good-" + System.nanoTime() + "@example.test";
        var invalidAddress = requests.publish(requests.email(
                "not-an-address", NotificationTemplates.AUTH_VERIFY_EMAIL, Requests.verifyEmailData("X")));
        var unknownTemplate = requests.publish(
                requests.email("u@example.test", "auth.no-such-template", Requests.verifyEmailData("X")));
        var missingVariable = requests.publish(requests.email(
                "m@example.test", NotificationTemplates.AUTH_INVITATION, Map.of("name", "X", "link", "l")));
        requests.publish(requests.email(good, NotificationTemplates.AUTH_VERIFY_EMAIL, Requests.verifyEmailData("Ok")));

        awaitMailTo(good);
        assertThat(awaitDelivery(invalidAddress, "FAILED").path("failureReason").asString())
                .isEqualTo("recipient: 'not-an-address' is not an email address");
        assertThat(awaitDelivery(unknownTemplate, "FAILED")
                        .path("failureReason")
                        .asString())
                .isEqualTo("template: no template 'auth.no-such-template' in language 'en'");
        assertThat(awaitDelivery(missingVariable, "FAILED")
                        .path("failureReason")
                        .asString())
                .startsWith("data.")
                .endsWith("template 'auth.invitation' needs it");
    }

    @Test
    void aFailedDeliveryCanBeReplayedByAPlatformAdministratorOnly() {
        var missing = requests.publish(requests.email(
                "r-" + System.nanoTime() + "@example.test", NotificationTemplates.AUTH_PASSWORD_CHANGED, Map.of()));
        String id = awaitDelivery(missing, "FAILED").path("id").asString();

        var operator = TestTokens.withPermissions("org-1", "stations.write");
        assertThat(http.post("/api/v1/notifications/deliveries/" + id + "/replay", "", TestHttp.bearer(operator))
                        .statusCode())
                .isEqualTo(403);
        var replayed = http.post("/api/v1/notifications/deliveries/" + id + "/replay", "", TestHttp.bearer(admin));
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(replayed.body()).path("attempts").asInt()).isZero();
        awaitDelivery(missing, "FAILED");
        var sent = TestTokens.withPermissions(null, "platform.admin");
        assertThat(http.get("/api/v1/notifications/deliveries/" + id, TestHttp.bearer(sent))
                        .statusCode())
                .isEqualTo(200);
    }

    private JsonNode awaitDelivery(EventEnvelope<?> request, String status) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> deliveriesOf(request).stream()
                                .filter(d -> d.path("status").asString().equals(status))
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
    }

    private List<JsonNode> deliveriesOf(EventEnvelope<?> request) {
        var response =
                http.get("/api/v1/notifications/deliveries?eventId=" + request.eventId(), TestHttp.bearer(admin));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).valueStream().toList();
    }

    private List<MimeMessage> awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address), list -> !list.isEmpty());
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
