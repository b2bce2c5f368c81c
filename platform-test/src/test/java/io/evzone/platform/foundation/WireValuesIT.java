package io.evzone.platform.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule for members without a value that every service follows (docs/architecture.md, "Values on
 * the wire"): each documented member is sent, as an explicit null, never left out.
 */
@EvzoneIntegrationTest
class WireValuesIT {

    private final TestHttp http;
    private final String[] reader = TestHttp.bearer(TestTokens.withPermissions("org-1", "widgets.read"));

    WireValuesIT(@LocalServerPort int port) {
        this.http = new TestHttp(port);
    }

    @Test
    void aMemberWithoutAValueIsSentAsAnExplicitNull() {
        var response = http.get("/api/v1/widgets/sample", reader);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.path("name").asString()).isEqualTo("sample");
        assertThat(body.has("colour")).as(response.body()).isTrue();
        assertThat(body.get("colour").isNull()).isTrue();
        assertThat(body.has("labels")).as(response.body()).isTrue();
        assertThat(body.get("labels").isNull()).isTrue();
    }
}
