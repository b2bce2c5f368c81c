package io.evzone.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void replacesEveryZeroByADistinctFreePortAndKeepsRequestedPorts() {
        int[] ports = Ports.withFreePorts(0, 12345, 0, 0);

        assertThat(ports[1]).isEqualTo(12345);
        assertThat(ports).doesNotContain(0);
        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(4);
    }

    @Test
    void namesThePortAndTheVariableThatChangesItWhenThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> Ports.requireAvailable(port, "Redis", "EVZONE_REDIS_PORT"))
                    .isInstanceOfSatisfying(PortUnavailableException.class, e -> {
                        assertThat(e.port()).isEqualTo(port);
                        assertThat(e.variable()).isEqualTo("EVZONE_REDIS_PORT");
                    })
                    .hasMessageContaining("Redis cannot listen on port " + port)
                    .hasMessageContaining("set EVZONE_REDIS_PORT to another port");
        }
    }

    @Test
    void acceptsAPortNothingListensOn() {
        int free = Ports.withFreePorts(0)[0];

        assertThatNoException().isThrownBy(() -> Ports.requireAvailable(free, "Redis", "EVZONE_REDIS_PORT"));
    }
}
