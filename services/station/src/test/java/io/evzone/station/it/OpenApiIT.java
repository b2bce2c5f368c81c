package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.OpenApiShapes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@StationIntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void everyOperationDocumentsItsSuccessAndErrorShapes() {
        assertThat(OpenApiShapes.undocumented(port))
                .as("operations whose answers a client would have to guess")
                .isEmpty();
    }
}
