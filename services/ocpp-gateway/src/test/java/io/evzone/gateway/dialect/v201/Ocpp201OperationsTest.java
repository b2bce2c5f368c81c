package io.evzone.gateway.dialect.v201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.command.ChangeAvailability;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.CostUpdated;
import io.evzone.contracts.charger.command.RemoteStart;
import io.evzone.contracts.charger.command.RemoteStop;
import io.evzone.contracts.charger.command.SetChargerPassword;
import io.evzone.contracts.charger.command.TriggerMessage;
import io.evzone.gateway.dialect.OcppCalls;
import io.evzone.gateway.rpc.InvalidCommandException;
import io.evzone.gateway.rpc.OcppCommand;
import io.evzone.gateway.rpc.Translation;
import io.evzone.gateway.support.SampleCommands;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.v201.Ocpp201;
import org.junit.jupiter.api.Test;

class Ocpp201OperationsTest {

    private final Ocpp201Operations operations =
            new Ocpp201Operations(new OcppCalls(Ocpp201.codec(Role.CSMS).actions()));

    private OcppCommand sent(ChargerCommand command) {
        return ((Translation.Send) operations.translate(command)).call();
    }

    @Test
    void everyOperationIsASchemaValidCallOrNotInThisVersion() {
        SampleCommands.all("04058377")
                .forEach((operation, command) ->
                        assertThat(operations.translate(command)).as(operation).isInstanceOf(Translation.Send.class));
        assertThat(operations.translate(
                        new TriggerMessage(TriggerMessage.Message.DIAGNOSTICS_STATUS_NOTIFICATION, null, null)))
                .isInstanceOf(Translation.NotInThisVersion.class);
    }

    @Test
    void aTransactionIdIsTextAndKeepsItsLeadingZero() {
        // Regression: "04058377" became the number 4058377.
        assertThat(sent(new RemoteStop("04058377")).payload().toString()).isEqualTo("{\"transactionId\":\"04058377\"}");
    }

    @Test
    void aRemoteStartKeepsTheTokensType() {
        // Regression: a registered RFID token went out as type Central.
        assertThat(sent(new RemoteStart(1, null, new IdToken("04A1B2C3", "ISO15693"), 5, null))
                        .payload()
                        .get("idToken")
                        .toString())
                .isEqualTo("{\"idToken\":\"04A1B2C3\",\"type\":\"ISO15693\"}");
        assertThatThrownBy(() -> operations.translate(new RemoteStart(1, null, new IdToken("04A1B2C3", null), 5, null)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageStartingWith("idToken.type:");
    }

    @Test
    void aConnectorWithoutItsEvseIsRefusedNeverWidenedToTheStation() {
        // Regression: pause {connectorId: 1} took the whole station out of service.
        assertThatThrownBy(() -> operations.translate(new ChangeAvailability(null, 1, false)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageStartingWith("evseId: required");
        assertThat(sent(new ChangeAvailability(2, 1, false)).payload().toString())
                .isEqualTo("{\"evse\":{\"id\":2,\"connectorId\":1},\"operationalStatus\":\"Inoperative\"}");
        assertThat(sent(new ChangeAvailability(null, null, false)).payload().toString())
                .isEqualTo("{\"operationalStatus\":\"Inoperative\"}");
    }

    @Test
    void theRunningCostIsInTheCurrencysMajorUnit() {
        assertThat(sent(new CostUpdated("tx-1", 1234L, "EUR")).payload().toString())
                .isEqualTo("{\"totalCost\":12.34,\"transactionId\":\"tx-1\"}");
        assertThat(sent(new CostUpdated("tx-1", 1500L, "UGX"))
                        .payload()
                        .get("totalCost")
                        .toString())
                .isEqualTo("1500");
    }

    @Test
    void aNewPasswordIsTheBasicAuthPasswordVariable() {
        OcppCommand call = sent(new SetChargerPassword("0123456789abcdef0123"));
        assertThat(call.action()).isEqualTo("SetVariables");
        assertThat(call.payload().toString())
                .contains(
                        "\"component\":{\"name\":\"SecurityCtrlr\"}", "\"variable\":{\"name\":\"BasicAuthPassword\"}");
    }
}
