package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import org.junit.jupiter.api.Test;

/** The session service's answer to a transaction may carry its final cost: a 2.0.1 station is told it. */
class TransactionCostIT extends GatewayIntegrationTest {

    @Test
    void anEndedTransactionIsAnsweredWithTheFinalCostInMajorUnits() {
        try (RawCharger station = RawCharger.connect(ws("COSTED_201"), "ocpp2.0.1")) {
            station.send("""
                    [2,"t-1","TransactionEvent",{"eventType":"Ended","timestamp":"2026-12-01T10:30:00Z",
                     "triggerReason":"StopAuthorized","seqNo":3,"transactionInfo":{"transactionId":"TX-COST",
                     "stoppedReason":"Local"},"evse":{"id":1,"connectorId":1},
                     "idToken":{"idToken":"CARD-1","type":"ISO14443"}}]""");

            assertThat(station.answerTo("t-1"))
                    .startsWith("[3,")
                    .contains("\"totalCost\":12.50")
                    .contains("\"status\":\"Accepted\"");
        }
    }
}
