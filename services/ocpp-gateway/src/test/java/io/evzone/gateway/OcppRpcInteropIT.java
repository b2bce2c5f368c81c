package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.NodeChargePoint;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with a charge point nobody on this project wrote: {@code ocpp-rpc} in strict mode
 * validates every frame the gateway sends against the OCA schemas. The script boots, authorizes and
 * runs a whole transaction; then every version-neutral command goes to it through the REST API.
 */
class OcppRpcInteropIT extends GatewayIntegrationTest {

    @BeforeAll
    static void installOcppRpc() {
        NodeChargePoint.install();
    }

    /** A platform administrator: these chargers are unknown to the station, so of no organization. */
    private static String[] commander() {
        return TestHttp.bearer(TestTokens.platformAdmin());
    }

    private static String later(int hours) {
        return Instant.now()
                .plus(hours, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private void assertCommand(String chargePointId, String command, String body, String expectedStatus) {
        var response =
                http().post("/api/v1/charge-points/" + chargePointId + "/commands/" + command, body, commander());
        assertThat(response.statusCode()).as("%s: %s", command, response.body()).isEqualTo(200);
        assertThat(response.body()).as(command).contains("\"status\":\"" + expectedStatus + "\"");
    }

    private static Map<String, String> commonCommands(String connector) {
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("reset", "{\"type\":\"HARD\"}");
        commands.put("soft-reset", "{}");
        commands.put("unlock", "{" + connector + ",\"connectorId\":1}");
        commands.put("change-availability", "{" + connector + ",\"operative\":false}");
        commands.put(
                "reserve-now",
                "{" + connector + ",\"expiresAt\":\"" + later(1) + "\",\"idToken\":\"NODE-TAG\",\"reservationId\":7}");
        commands.put("cancel-reservation", "{\"reservationId\":7}");
        commands.put("trigger-message", "{\"message\":\"Heartbeat\"}");
        commands.put(
                "update-firmware",
                "{\"location\":\"https://firmware.example.com/cp.bin\",\"retrieveAt\":\"" + later(2) + "\"}");
        commands.put(
                "send-local-list",
                "{\"version\":3,\"updateType\":\"FULL\",\"entries\":[{\"idToken\":\"NODE-TAG\",\"status\":\"ACCEPTED\"}]}");
        commands.put(
                "set-charging-profile",
                "{" + connector + ",\"chargingProfile\":{\"id\":11,\"purpose\":\"TX_DEFAULT\",\"kind\":\"ABSOLUTE\","
                        + "\"startSchedule\":\"" + later(0) + "\",\"rateUnit\":\"W\","
                        + "\"periods\":[{\"startPeriod\":0,\"limit\":11000}]}}");
        commands.put("clear-charging-profile", "{\"id\":11}");
        return commands;
    }

    @Test
    void anOcpp16ChargePointInStrictModeRunsATransactionAndAnswersEveryCommand() {
        String id = "ORPC_16";
        try (NodeChargePoint cp = NodeChargePoint.start("ws://localhost:" + port + "/ocpp", id, "ocpp1.6")) {
            String ready = cp.await("READY");
            int transactionId = Integer.parseInt(ready.replaceAll("\\D+", ""));
            assertThat(transactionId).isGreaterThan(1000);
            events.await(id, "ChargerBooted", "ACCEPTED");
            events.await(id, "TransactionReported", "STARTED");
            events.await(id, "MeterValuesReported", "1500");
            events.await(id, "TransactionReported", "ENDED");

            Map<String, String> commands = commonCommands("\"connectorId\":1");
            commands.put("remote-start", "{\"connectorId\":1,\"idToken\":\"NODE-TAG\"}");
            commands.put("remote-stop", "{\"transactionId\":" + transactionId + "}");
            commands.put("get-configuration", "{\"keys\":[\"HeartbeatInterval\"]}");
            commands.put("change-configuration", "{\"key\":\"HeartbeatInterval\",\"value\":\"600\"}");
            commands.forEach((command, body) -> assertCommand(id, command, body, "ACCEPTED"));

            assertThat(cp.output)
                    .anyMatch(l -> l.startsWith("CALL GetConfiguration {\"key\":[\"HeartbeatInterval\"]}"));
            assertThat(cp.output).anyMatch(l -> l.startsWith("CALL Reset {\"type\":\"Hard\"}"));
            cp.finishSuccessfully();
        }
    }

    @Test
    void anOcpp201ChargingStationInStrictModeRunsATransactionAndAnswersEveryCommand() {
        String id = "ORPC_201";
        try (NodeChargePoint cp = NodeChargePoint.start("ws://localhost:" + port + "/ocpp", id, "ocpp2.0.1")) {
            String transactionId = cp.await("READY").replaceAll(".*\"transactionId\":\"([^\"]+)\".*", "$1");
            events.await(id, "ChargerBooted", "ACCEPTED");
            events.await(id, "TransactionReported", "STARTED");
            events.await(id, "TransactionReported", "ENDED");
            events.await(id, "MeterValuesReported", "2000");

            Map<String, String> commands = commonCommands("\"evseId\":1");
            commands.put("remote-start", "{\"evseId\":1,\"idToken\":{\"value\":\"NODE-TAG\",\"type\":\"ISO14443\"}}");
            commands.put("remote-stop", "{\"transactionId\":\"" + transactionId + "\"}");
            commands.put(
                    "get-variables",
                    "{\"variables\":[{\"component\":\"OCPPCommCtrlr\",\"variable\":\"HeartbeatInterval\"}]}");
            commands.put(
                    "set-variables",
                    "{\"variables\":[{\"component\":\"OCPPCommCtrlr\",\"variable\":\"HeartbeatInterval\",\"value\":\"600\"}]}");
            commands.forEach((command, body) -> assertCommand(id, command, body, "ACCEPTED"));

            assertThat(cp.output).anyMatch(l -> l.startsWith("CALL Reset {\"type\":\"Immediate\"}"));
            assertThat(cp.output)
                    .anyMatch(l -> l.startsWith("CALL RequestStopTransaction {\"transactionId\":\"" + transactionId));
            cp.finishSuccessfully();
        }
    }
}
