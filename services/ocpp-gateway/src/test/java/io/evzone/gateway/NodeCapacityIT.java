package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.evzone.gateway.presence.ChargerSessions;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import io.evzone.gateway.support.SecondNode;
import io.evzone.platform.test.TestHttp;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A node that holds as many chargers as it may (here two, {@code evzone.gateway.max-chargers}) refuses the
 * next one at the handshake with 503 and a Retry-After instead of leaving it in the accept queue, keeps
 * its HTTP port open, and lets connected chargers reconnect.
 */
class NodeCapacityIT extends GatewayIntegrationTest {

    private static SecondNode full;

    @BeforeAll
    static void startANodeForTwoChargers() {
        full = SecondNode.start("node-two-chargers", "--evzone.gateway.max-chargers=2");
    }

    @AfterAll
    static void stopIt() {
        full.close();
    }

    @BeforeEach
    void noChargerLeftFromTheLastTest() {
        awaitConnected(0);
    }

    private static String url(String chargePointId) {
        return "ws://localhost:" + full.port() + "/ocpp/" + chargePointId;
    }

    private static void awaitConnected(int count) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> full.bean(ChargerSessions.class).count() == count);
    }

    @Test
    void aFullNodeRefusesTheNextChargerWith503UntilAPlaceIsFree() {
        try (RawCharger first = RawCharger.connect(url("CAP_1"), "ocpp1.6")) {
            try (RawCharger second = RawCharger.connect(url("CAP_2"), "ocpp1.6")) {
                awaitConnected(2);

                assertThatThrownBy(() -> RawCharger.connect(url("CAP_3"), "ocpp1.6"))
                        .isInstanceOfSatisfying(RawCharger.HandshakeRefused.class, refused -> {
                            assertThat(refused.status).isEqualTo(503);
                            assertThat(refused.retryAfter).isEqualTo("30");
                        });
                TestHttp http = new TestHttp(full.port());
                assertThat(http.get("/actuator/health/liveness").statusCode())
                        .as("health probes still reach a full node")
                        .isEqualTo(200);
                assertThat(http.get("/actuator/prometheus").body())
                        .containsPattern("evzone_gateway_max_chargers\\{[^}]*} 2\\.0")
                        .containsPattern("evzone_gateway_errors_total\\{code=\"NodeFull\"[^}]*} 1\\.0");
                String boot = """
                        [2,"cap-boot","BootNotification",{"chargePointVendor":"EVZone","chargePointModel":"Cap"}]""";
                first.send(boot);
                assertThat(first.answerTo("cap-boot"))
                        .as("connected chargers carry on")
                        .startsWith("[3,");
            }
            awaitConnected(1);

            try (RawCharger third = RawCharger.connect(url("CAP_3"), "ocpp1.6")) {
                awaitConnected(2);
                assertThat(third.subprotocol()).isEqualTo("ocpp1.6");
            }
        }
    }

    @Test
    void aConnectedChargerMayReconnectToAFullNode() {
        try (RawCharger first = RawCharger.connect(url("CAP_A"), "ocpp1.6");
                RawCharger second = RawCharger.connect(url("CAP_B"), "ocpp1.6")) {
            awaitConnected(2);

            try (RawCharger again = RawCharger.connect(url("cap_a"), "ocpp1.6")) {
                assertThat(first.awaitClose())
                        .as("the old connection is replaced")
                        .isEqualTo(1000);
                assertThat(again.subprotocol()).isEqualTo("ocpp1.6");
                awaitConnected(2);
            }
        }
    }
}
