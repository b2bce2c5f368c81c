package io.evzone.simulator.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The billing calls of the ledger workload, as a platform administrator acting on organizations' wallets. */
final class LedgerApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final URI billing;
    private final String token;

    LedgerApi(URI billing, String token) {
        this.billing = billing;
        this.token = token;
    }

    /** Posts with a fresh Idempotency-Key; answers the HTTP status. */
    int post(String path, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(billing.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(billing.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    long organizationBalance(String organizationId) throws IOException, InterruptedException {
        return get("/api/v1/wallet/balance?organizationId=" + organizationId)
                .path("balanceMinor")
                .asLong();
    }
}
