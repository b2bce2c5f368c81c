package io.evzone.simulator.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few platform REST calls the benchmark makes: login, charge point lookup, active session energy. */
final class PlatformApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String token;

    PlatformApi(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }

    /** Logs in at {@code POST {auth}/api/v1/auth/login} and returns the access token. */
    static String login(URI authApi, String email, String password) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(java.util.Map.of("email", email, "password", password));
        var request = HttpRequest.newBuilder(authApi.resolve("/api/v1/auth/login"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("login failed with HTTP " + response.statusCode() + ": " + response.body());
        }
        JsonNode token = JSON.readTree(response.body()).findValue("accessToken");
        if (token == null || !token.isString()) {
            throw new IOException("login answer has no accessToken");
        }
        return token.asString();
    }

    /**
     * Registers a driver's RFID tag at {@code POST {session}/api/v1/id-tokens}, so the session service
     * accepts it; a tag registered by an earlier run is fine.
     */
    CompletableFuture<Boolean> registerIdTag(URI sessionApi, String idTag) {
        String body = JSON.writeValueAsString(Map.of("value", idTag, "organizationId", "bench"));
        var builder = HttpRequest.newBuilder(sessionApi.resolve("/api/v1/id-tokens"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return http.sendAsync(builder.build(), HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 201 || response.statusCode() == 409)
                .exceptionally(error -> false);
    }

    /**
     * Which of these chargers {@code GET {station}/api/v1/charge-points?ocppId=...} finds: one request for
     * many chargers (at most the API's page of 200), so watching a storm does not load the platform with a
     * request per charger.
     */
    CompletableFuture<Set<String>> visibleAmong(URI stationApi, List<String> ocppIds) {
        String query = ocppIds.stream()
                .map(id -> "ocppId=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "/api/v1/charge-points?limit=" + ocppIds.size() + "&", ""));
        return http.sendAsync(get(stationApi.resolve(query)), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200
                        ? Set.copyOf(JSON.readTree(response.body()).findValuesAsString("ocppId"))
                        : Set.<String>of())
                .exceptionally(error -> Set.of());
    }

    /** The energy of the charger's active session, from {@code GET {session}/api/v1/sessions/active}. */
    CompletableFuture<OptionalLong> activeSessionEnergy(URI sessionApi, String ocppId) {
        return http.sendAsync(
                        get(sessionApi.resolve("/api/v1/sessions/active?ocppId=" + ocppId)),
                        HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        return OptionalLong.empty();
                    }
                    JsonNode sessions = JSON.readTree(response.body());
                    JsonNode energy = sessions.isArray() && !sessions.isEmpty()
                            ? sessions.get(0).get("energyWh")
                            : null;
                    return energy == null ? OptionalLong.empty() : OptionalLong.of(energy.asLong());
                })
                .exceptionally(error -> OptionalLong.empty());
    }

    /** How many meter values the session service has stored, from its Prometheus counter; -1 when unknown. */
    long meterValuesStored(URI sessionApi) {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(sessionApi.resolve("/actuator/prometheus"))
                            .timeout(TIMEOUT)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    ? PrometheusText.sum(response.body(), "evzone_session_meter_values_stored_total", null)
                    : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest get(URI uri) {
        var builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }
}
