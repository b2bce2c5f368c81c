package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestHttp;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The station service's REST API for one caller, with JSON bodies read into trees. */
final class Api {

    private final TestHttp http;
    private final JsonMapper json;
    private final String[] auth;

    Api(int port, JsonMapper json, String token) {
        this.http = new TestHttp(port);
        this.json = json;
        this.auth = TestHttp.bearer(token);
    }

    Response get(String path) {
        return read(http.get(path, auth));
    }

    Response post(String path, String body) {
        return read(http.post(path, body, auth));
    }

    Response patch(String path, String body) {
        return read(http.patch(path, body, auth));
    }

    Response put(String path, String body) {
        return read(http.put(path, body, auth));
    }

    Response delete(String path) {
        return read(http.delete(path, auth));
    }

    /** The {@code field} of each element of a JSON array (not of nested objects). */
    static java.util.List<String> each(JsonNode array, String field) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asString()));
        return values;
    }

    private Response read(HttpResponse<String> response) {
        String body = response.body();
        JsonNode tree = body == null || body.isBlank() ? json.nullNode() : json.readTree(body);
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

        /** A problem+json answer with this status whose message mentions {@code text}. */
        Response problem(int expected, String text) {
            assertThat(status).as(raw).isEqualTo(expected);
            assertThat(contentType).isEqualTo("application/problem+json");
            assertThat(body.path("statusCode").asInt()).isEqualTo(expected);
            assertThat(raw).contains(text);
            return this;
        }
    }
}
