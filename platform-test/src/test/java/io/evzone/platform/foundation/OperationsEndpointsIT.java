package io.evzone.platform.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@EvzoneIntegrationTest
class OperationsEndpointsIT {

    private final TestHttp http;

    OperationsEndpointsIT(@LocalServerPort int port) {
        this.http = new TestHttp(port);
    }

    @Test
    void readinessChecksDatabaseKafkaAndRedis() {
        var response = http.get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void livenessIsUp() {
        assertThat(http.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsAreScrapable() {
        var response = http.get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("service=\"foundation-test\"");
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        var document = http.get("/api/docs.json");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"/api/v1/widgets\"").contains("EVZone foundation-test API");
        assertThat(http.get("/api/docs").statusCode()).isIn(200, 302);
    }

    @Test
    void theOpenApiDocumentSaysWhoMayCallEachOperation() {
        String document = http.get("/api/docs.json").body();

        assertThat(document)
                .contains("\"x-evzone-access\":\"hasAuthority('widgets.write')\"")
                .contains("\"x-evzone-access\":\"public\"");
    }
}
