package io.evzone.notification.push.providers;

import io.evzone.notification.push.domain.PushGateway;
import io.evzone.notification.push.domain.PushMessage;
import io.evzone.notification.push.domain.PushResult;
import io.evzone.notification.push.domain.PushSubscription;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Firebase Cloud Messaging's HTTP v1 API: one {@code messages:send} per device token. */
public class FirebaseMessaging implements PushGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String sendUrl;
    private final GoogleAccessTokens tokens;
    private final JsonMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** @param baseUrl {@code https://fcm.googleapis.com}, or a stand-in */
    public FirebaseMessaging(String baseUrl, String projectId, GoogleAccessTokens tokens, JsonMapper json) {
        this.sendUrl = baseUrl + "/v1/projects/" + projectId + "/messages:send";
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public PushSubscription.Kind kind() {
        return PushSubscription.Kind.FCM;
    }

    @Override
    public PushResult push(PushSubscription subscription, PushMessage message) {
        Map<String, Object> body = Map.of(
                "message",
                Map.of(
                        "token", subscription.fcmToken(),
                        "notification", Map.of("title", message.title(), "body", message.body()),
                        "data", message.data()));
        try {
            HttpResponse<String> response = send(json.writeValueAsString(body));
            if (response.statusCode() == 401) {
                tokens.invalidate();
                response = send(json.writeValueAsString(body));
            }
            return answer(response);
        } catch (IOException e) {
            return new PushResult.Failed("fcm: unreachable: " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PushResult.Failed("fcm: interrupted", true);
        }
    }

    private HttpResponse<String> send(String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(sendUrl))
                        .timeout(TIMEOUT)
                        .header("Authorization", "Bearer " + tokens.token())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private PushResult answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200) {
            return new PushResult.Accepted(
                    json.readTree(response.body()).path("name").asString());
        }
        String reason = "fcm: HTTP " + status + " " + response.body();
        if (deadToken(status, response.body())) {
            return new PushResult.Gone(reason);
        }
        return new PushResult.Failed(reason, status == 429 || status >= 500);
    }

    /** UNREGISTERED (404): the app was uninstalled; INVALID_ARGUMENT (400) naming the token: it was never valid. */
    private boolean deadToken(int status, String body) {
        JsonNode error = json.readTree(body.isBlank() ? "{}" : body).path("error");
        String errorCode = "";
        for (JsonNode detail : error.path("details")) {
            if (detail.has("errorCode")) {
                errorCode = detail.path("errorCode").asString();
            }
        }
        if (status == 404
                && ("UNREGISTERED".equals(errorCode)
                        || "NOT_FOUND".equals(error.path("status").asString()))) {
            return true;
        }
        return status == 400
                && "INVALID_ARGUMENT".equals(error.path("status").asString())
                && (error.path("message").asString().contains("token") || body.contains("message.token"));
    }
}
