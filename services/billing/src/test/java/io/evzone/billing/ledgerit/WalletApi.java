package io.evzone.billing.ledgerit;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestHttp;
import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The billing API for one caller, JSON answers read into trees. */
final class WalletApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestHttp http;
    private final String token;

    WalletApi(int port, String token) {
        this.http = new TestHttp(port);
        this.token = token;
    }

    Response get(String path) {
        return read(http.get(path, "Authorization", "Bearer " + token));
    }

    /** A POST with a fresh Idempotency-Key. */
    Response post(String path, String body) {
        return post(path, body, UUID.randomUUID().toString());
    }

    Response post(String path, String body, String idempotencyKey) {
        return read(http.post(path, body, "Authorization", "Bearer " + token, "Idempotency-Key", idempotencyKey));
    }

    Response postWithoutKey(String path, String body) {
        return read(http.post(path, body, "Authorization", "Bearer " + token));
    }

    JsonNode topUp(String amount, String currency) {
        return post("/api/v1/wallet/topup", "{\"amount\": " + amount + ", \"currency\": \"" + currency + "\"}")
                .ok();
    }

    long balanceMinor() {
        return get("/api/v1/wallet/balance").ok().path("balanceMinor").asLong();
    }

    private static Response read(HttpResponse<String> response) {
        String body = response.body();
        JsonNode tree = body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        return new Response(
                response.statusCode(),
                tree,
                body,
                response.headers().firstValue("Content-Type").orElse(""));
    }

    record Response(int status, JsonNode body, String raw, String contentType) {

        JsonNode ok() {
            assertThat(status).as(raw).isBetween(200, 299);
            return body;
        }

        /** A problem+json answer with this status whose message names {@code text}. */
        Response problem(int expected, String text) {
            assertThat(status).as(raw).isEqualTo(expected);
            assertThat(contentType).isEqualTo("application/problem+json");
            assertThat(body.path("statusCode").asInt()).isEqualTo(expected);
            assertThat(raw).contains(text);
            return this;
        }
    }
}
