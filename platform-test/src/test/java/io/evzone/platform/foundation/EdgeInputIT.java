package io.evzone.platform.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.RawHttp;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What reaches a service from the edge: characters PostgreSQL cannot store, bodies streamed past the
 * size limit, and requests so malformed that Tomcat or the security filters refuse them. Every
 * refusal is a problem+json naming what was wrong, never a 500 or an HTML page.
 */
@EvzoneIntegrationTest
class EdgeInputIT {

    private final TestHttp http;
    private final RawHttp raw;
    private final String token = TestTokens.withPermissions("org-1", "widgets.read", "widgets.write");
    private final String[] caller = TestHttp.bearer(token);

    EdgeInputIT(@LocalServerPort int port) {
        this.http = new TestHttp(port);
        this.raw = new RawHttp(port);
    }

    @Test
    void nulInAQueryParameterIsRefusedByName() {
        var response = http.get("/api/v1/widgets?q=a%00b", caller);

        assertProblem(response.statusCode(), contentType(response), response.body(), 400);
        assertThat(response.body()).contains("q: must not contain the NUL character");
    }

    @Test
    void nulInAPathVariableIsRefused() {
        var response = http.get("/api/v1/widgets/by-name/a%00b", caller);

        assertProblem(response.statusCode(), contentType(response), response.body(), 400);
    }

    @Test
    void nulInABodyStringIsRefusedByName() {
        var response = http.post("/api/v1/widgets", "{\"name\":\"a\\u0000b\",\"quantity\":1}", caller);

        assertProblem(response.statusCode(), contentType(response), response.body(), 400);
        assertThat(response.body()).contains("name: must not contain the NUL character");
    }

    @Test
    void nulDeepInsideABodyIsRefusedWithItsPath() {
        var response = http.post(
                "/api/v1/widgets/labelled",
                "{\"name\":\"a\",\"labels\":[{\"text\":\"ok\"},{\"text\":\"x\\u0000\"}]}",
                caller);

        assertProblem(response.statusCode(), contentType(response), response.body(), 400);
        assertThat(response.body()).contains("labels[1].text: must not contain the NUL character");
    }

    @Test
    void ordinaryTextStillPasses() {
        var response = http.get("/api/v1/widgets?q=caf%C3%A9", caller);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhileItIsRead() {
        byte[] body = ("{\"name\":\"" + "x".repeat(8 * 1024 * 1024) + "\",\"quantity\":1}")
                .getBytes(StandardCharsets.US_ASCII);

        var answer = raw.exchange(
                "POST /api/v1/widgets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
                RawHttp.chunked(body, 64 * 1024));

        assertProblem(answer.status(), answer.contentType(), answer.body(), 413);
    }

    @Test
    void aChunkedRawBodyWithinTheLimitIsReadWhole() {
        byte[] body = "y".repeat(900_000).getBytes(StandardCharsets.US_ASCII);

        var answer = raw.exchange(
                "POST /api/v1/widgets/public/raw HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked",
                RawHttp.chunked(body, 16 * 1024));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"bytes\":900000");
    }

    @Test
    void badPercentEncodingInTheRequestLineIsAProblem() {
        var answer = raw.exchange("GET /api/v1/widgets/%zz HTTP/1.1\r\nHost: localhost");

        assertProblem(answer.status(), answer.contentType(), answer.body(), 400);
    }

    @Test
    void illegalCharactersInTheRequestLineAreAProblem() {
        var answer = raw.exchange("GET /api/v1/wid{gets} HTTP/1.1\r\nHost: localhost");

        assertProblem(answer.status(), answer.contentType(), answer.body(), 400);
    }

    @Test
    void anIllegalHeaderIsAProblem() {
        var answer = raw.exchange("GET /api/v1/widgets HTTP/1.1\r\nHost: localhost\r\nBad Header: x");

        assertProblem(answer.status(), answer.contentType(), answer.body(), 400);
    }

    @Test
    void aPathTheSecurityFirewallRefusesIsAProblem() {
        var answer = raw.exchange("GET /api/v1/widgets/%2e%2e/public HTTP/1.1\r\nHost: localhost");

        assertProblem(answer.status(), answer.contentType(), answer.body(), 400);
    }

    @Test
    void theErrorPathItselfAnswersAProblem() {
        var response = http.get("/error");

        assertThat(contentType(response)).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("\"statusCode\":").contains("\"error\":");
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static void assertProblem(int status, String contentType, String body, int expected) {
        assertThat(status).isEqualTo(expected);
        assertThat(contentType).startsWith("application/problem+json");
        assertThat(body)
                .contains("\"statusCode\":" + expected)
                .contains("\"status\":" + expected)
                .contains("\"error\":")
                .contains("\"message\":");
    }
}
