package io.evzone.notification.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Providers' delivery receipts update the send's status; forged ones are refused. */
class DeliveryReceiptIT extends NotificationServiceIT {

    private final TestHttp http;
    private final JsonMapper json;
    private final int port;
    private final String admin = TestTokens.platformAdmin();

    @Autowired
    DeliveryReceiptIT(@LocalServerPort int port, JsonMapper json) {
        this.http = new TestHttp(port);
        this.json = json;
        this.port = port;
    }

    @Test
    void aSignedTwilioReceiptMarksTheSmsDeliveredAndAnUnsignedOneIsRefused() throws Exception {
        String id = sentSms("+256700000002", "SMreceipt1");
        String form = "MessageSid=SMreceipt1&MessageStatus=delivered";

        assertThat(callback("/twilio", form, "forged").statusCode()).isEqualTo(403);
        assertThat(delivery(id).path("status").asString()).isEqualTo("SENT");
        String signature = sign(TWILIO_CALLBACK + "MessageSidSMreceipt1MessageStatusdelivered");
        assertThat(callback("/twilio", form, signature).statusCode()).isEqualTo(204);
        assertThat(delivery(id).path("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void anAfricasTalkingFailureReportNeedsTheTokenAndRecordsTheReason() throws Exception {
        SMS_API.stubFor(post(urlEqualTo("/2010-04-01/Accounts/AC1/Messages.json"))
                .withRequestBody(containing("To=%2B256700000003"))
                .willReturn(aResponse().withStatus(500)));
        SMS_API.stubFor(post(urlEqualTo("/version1/messaging"))
                .withRequestBody(containing("to=%2B256700000003"))
                .willReturn(aResponse().withStatus(201).withBody("""
                        {"SMSMessageData":{"Recipients":[{"statusCode":101,"messageId":"ATXid_receipt"}]}}""")));
        String id = queueSms("+256700000003");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> delivery(id).path("status").asString().equals("SENT"));

        String report = "id=ATXid_receipt&status=Failed&failureReason=UserInBlacklist";
        assertThat(callback("/africas-talking?token=wrong", report, null).statusCode())
                .isEqualTo(403);
        assertThat(callback("/africas-talking?token=at-secret", report, null).statusCode())
                .isEqualTo(204);
        JsonNode failed = delivery(id);
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("failureReason").asString()).isEqualTo("africas-talking: Failed (UserInBlacklist)");
    }

    private String sentSms(String number, String sid) {
        SMS_API.stubFor(post(urlEqualTo("/2010-04-01/Accounts/AC1/Messages.json"))
                .withRequestBody(containing("To=" + number.replace("+", "%2B")))
                .willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"" + sid + "\"}")));
        String id = queueSms(number);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> delivery(id).path("status").asString().equals("SENT"));
        return id;
    }

    private String queueSms(String number) {
        var queued = http.post(
                "/api/v1/notifications/sms", "{\"to\":\"" + number + "\",\"message\":\"hi\"}", TestHttp.bearer(admin));
        return json.readTree(queued.body()).get(0).path("id").asString();
    }

    private JsonNode delivery(String id) {
        return json.readTree(http.get("/api/v1/notifications/deliveries/" + id, TestHttp.bearer(admin))
                .body());
    }

    private HttpResponse<String> callback(String path, String form, String signature) throws Exception {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/notifications/callbacks" + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("token".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
