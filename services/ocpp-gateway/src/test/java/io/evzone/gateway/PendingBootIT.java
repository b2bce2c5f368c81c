package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

/** OCPP 2.0.1 B02: what a station whose boot is Pending may send. */
class PendingBootIT extends GatewayIntegrationTest {

    private static final String BOOT = """
            [2,"boot-1","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"T","vendorName":"EVZone"}}]""";

    @Test
    void tc_b_30_aPendingStationsUntriggeredRequestsAreAnsweredWithSecurityError() {
        // Regression: a Pending station's Heartbeat and StatusNotification were answered as if it were Accepted.
        try (RawCharger station = RawCharger.connect(ws("PENDING_B30"), "ocpp2.0.1")
                .answering(call -> "[3,\"" + RawCharger.messageId(call) + "\",{\"status\":\"Accepted\"}]")) {
            station.send(BOOT);
            assertThat(station.answerTo("boot-1")).contains("\"status\":\"Pending\"");

            station.send("[2,\"hb-1\",\"Heartbeat\",{}]");
            assertThat(station.answerTo("hb-1")).startsWith("[4,").contains("\"SecurityError\"");

            var trigger = http().post(
                            "/api/v1/ocpp/charge-points/PENDING_B30/commands/trigger-message",
                            "{\"message\":\"HEARTBEAT\"}",
                            TestHttp.bearer(TestTokens.platformAdmin()));
            assertThat(trigger.statusCode()).as(trigger.body()).isEqualTo(200);
            station.send("[2,\"hb-2\",\"Heartbeat\",{}]");
            assertThat(station.answerTo("hb-2")).as("what the CSMS triggered").startsWith("[3,");

            station.send("[2,\"hb-3\",\"Heartbeat\",{}]");
            assertThat(station.answerTo("hb-3")).as("once").contains("\"SecurityError\"");
            station.send(BOOT.replace("boot-1", "boot-2"));
            assertThat(station.answerTo("boot-2")).startsWith("[3,");
        }
    }
}
