package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.NodeChargePoint;
import io.evzone.gateway.support.SampleCommands;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Interoperability with a charge point nobody on this project wrote: {@code ocpp-rpc} in strict mode
 * validates every frame the gateway sends against the OCA schemas. The script boots, authorizes and
 * runs a whole transaction; then every operation goes to it through the REST API, and the charger's answer is
 * recorded: ACCEPTED, or NOT_SUPPORTED for what its version lacks.
 */
class OcppRpcInteropIT extends GatewayIntegrationTest {

    @Autowired
    private JsonMapper json;

    @BeforeAll
    static void installOcppRpc() {
        NodeChargePoint.install();
    }

    /** A platform administrator: these chargers are unknown to the station, so of no organization. */
    private static String[] commander() {
        return TestHttp.bearer(TestTokens.platformAdmin());
    }

    /** Every operation, through the REST operation, to a charger that checks each CALL against the schema. */
    private void everyOperationAnswered(String id, String transactionId, Set<String> notInThisVersion) {
        SampleCommands.all(transactionId).forEach((operation, command) -> {
            var response = http().post(
                            "/api/v1/ocpp/charge-points/" + id + "/commands/" + operation,
                            json.writerFor(ChargerCommand.class).writeValueAsString(command),
                            commander());
            assertThat(response.statusCode())
                    .as("%s: %s", operation, response.body())
                    .isEqualTo(200);
            String expected = notInThisVersion.contains(operation) ? "NOT_SUPPORTED" : "ACCEPTED";
            assertThat(response.body()).as(operation).contains("\"status\":\"" + expected + "\"");
        });
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

            everyOperationAnswered(
                    id,
                    Integer.toString(transactionId),
                    Set.of("cost-updated", "set-display-message", "get-display-messages", "clear-display-message"));

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

            everyOperationAnswered(id, transactionId, Set.of());

            assertThat(cp.output).anyMatch(l -> l.startsWith("CALL Reset {\"type\":\"Immediate\"}"));
            assertThat(cp.output)
                    .anyMatch(l -> l.startsWith("CALL RequestStopTransaction {\"transactionId\":\"" + transactionId));
            cp.finishSuccessfully();
        }
    }
}
