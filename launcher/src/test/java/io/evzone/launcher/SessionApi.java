package io.evzone.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The session service's REST API as end-to-end tests use it: as a platform admin unless a driver is named. */
final class SessionApi {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper json = JsonMapper.builder().build();

    private final TestHttp http;
    private final String organizationId;

    SessionApi(int port, String organizationId) {
        this.http = new TestHttp(port);
        this.organizationId = organizationId;
    }

    /** Registers an id token of the user (a value of at most 20 characters, as 1.6 idTags are) and returns it. */
    String idToken(String userId, String status, Instant expiresAt) {
        String value = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = """
                {"value":"%s","type":"RFID","userId":"%s","status":"%s","expiresAt":%s,"organizationId":"%s"}""".formatted(
                        value, userId, status, expiresAt == null ? "null" : "\"" + expiresAt + "\"", organizationId);
        var response = http.post("/api/v1/id-tokens", body, admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return value;
    }

    /**
     * Asks for a remote start and returns the answer. The session service learns of a new charger from the station
     * service's events, so until it has, the charger is "not found".
     */
    String remoteStart(String body) {
        HttpResponse<String> response = await().atMost(WAIT)
                .until(() -> http.post("/api/v1/sessions/start", body, admin()), r -> r.statusCode() != 404);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    String remoteStop(String sessionId) {
        var response = http.post("/api/v1/sessions/" + sessionId + "/stop", "", admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** Waits until the charger has a session with the transaction id that meets the condition; returns its detail. */
    JsonNode awaitSession(String cp, String transactionId, Predicate<JsonNode> condition) {
        return await().atMost(WAIT).until(() -> sessionWith(cp, transactionId), s -> s != null && condition.test(s));
    }

    /** Waits until the charger has exactly one session; returns its transaction id. */
    String awaitOnlyTransactionOn(String cp) {
        return await().atMost(WAIT).until(() -> onlyTransactionOn(cp), tx -> tx != null);
    }

    List<JsonNode> sessionsOn(String cp) {
        return list(http.get("/api/v1/sessions/history/all?ocppId=" + cp, admin()));
    }

    JsonNode session(String id) {
        var response = http.get("/api/v1/sessions/" + id, admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The HTTP status of a GET by the driver. */
    int getAs(String driver, String path) {
        return http.get(path, driverToken(driver)).statusCode();
    }

    /** The HTTP status of a POST by the driver. */
    int postAs(String driver, String path) {
        return http.post(path, "", driverToken(driver)).statusCode();
    }

    /** The ids of the sessions a GET by the driver lists. */
    List<String> sessionIdsAs(String driver, String path) {
        return list(http.get(path, driverToken(driver))).stream()
                .map(s -> text(s, "id"))
                .toList();
    }

    private JsonNode sessionWith(String cp, String transactionId) {
        return sessionsOn(cp).stream()
                .filter(s -> transactionId.equals(text(s, "transactionId")))
                .findFirst()
                .map(s -> session(text(s, "id")))
                .orElse(null);
    }

    private String onlyTransactionOn(String cp) {
        List<JsonNode> all = sessionsOn(cp);
        return all.size() == 1 ? text(all.getFirst(), "transactionId") : null;
    }

    private static List<JsonNode> list(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).valueStream().toList();
    }

    /** The summary of one measurand in a session's detail. */
    static JsonNode measurand(JsonNode session, String measurand) {
        return session.path("meterValues")
                .path("measurands")
                .valueStream()
                .filter(m -> measurand.equals(text(m, "measurand")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + measurand + " in " + session));
    }

    static Predicate<JsonNode> has(String field, Object value) {
        return node -> String.valueOf(value).equals(text(node, field));
    }

    /** The field as text, or null when it is absent. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String[] admin() {
        return TestHttp.bearer(TestTokens.platformAdmin());
    }

    private static String[] driverToken(String userId) {
        return TestHttp.bearer(TestTokens.token(userId, null, "driver", Set.of("sessions.own")));
    }
}
