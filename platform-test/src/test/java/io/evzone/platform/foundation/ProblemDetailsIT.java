package io.evzone.platform.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@EvzoneIntegrationTest
class ProblemDetailsIT {

    private final TestHttp http;
    private final String[] writer = TestHttp.bearer(TestTokens.withPermissions("org-1", "widgets.write"));

    ProblemDetailsIT(@LocalServerPort int port) {
        this.http = new TestHttp(port);
    }

    @Test
    void validationErrorsNameEveryOffendingField() {
        var response = http.post("/api/v1/widgets", "{\"name\":\"\",\"quantity\":500}", writer);

        assertProblem(response, 400);
        assertThat(response.body())
                .contains("\"message\":[\"name: must not be blank\",\"quantity: must be less than or equal to 100\"]")
                .contains("\"error\":\"Bad Request\"");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        var response = http.post("/api/v1/widgets", "{\"name\":\"a\",\"quantity\":1,\"colour\":\"red\"}", writer);

        assertProblem(response, 400);
        assertThat(response.body()).contains("Unknown field 'colour'");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedByName() {
        var fraction = http.post("/api/v1/widgets", "{\"name\":\"a\",\"quantity\":2.5}", writer);
        var text = http.post("/api/v1/widgets", "{\"name\":\"a\",\"quantity\":\"many\"}", writer);

        assertProblem(fraction, 400);
        assertThat(fraction.body()).contains("quantity: must be a whole number");
        assertProblem(text, 400);
        assertThat(text.body()).contains("quantity: must be a whole number");
    }

    @Test
    void malformedJsonIsA400WithoutInternals() {
        var response = http.post("/api/v1/widgets", "{\"name\":", writer);

        assertProblem(response, 400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.evzone");
    }

    @Test
    void unknownRoutesAreA404Problem() {
        assertProblem(http.get("/api/v1/nothing-here", writer), 404);
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() {
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"quantity\":1}";

        assertProblem(http.post("/api/v1/widgets", huge, writer), 413);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"statusCode\":" + status).contains("\"status\":" + status);
    }
}
