package io.evzone.gateway.dialect.v16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.charger.command.ChangeAvailability;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.CostUpdated;
import io.evzone.contracts.charger.command.RemoteStop;
import io.evzone.contracts.charger.command.SetChargerPassword;
import io.evzone.gateway.dialect.OcppCalls;
import io.evzone.gateway.rpc.InvalidCommandException;
import io.evzone.gateway.rpc.OcppCommand;
import io.evzone.gateway.rpc.Translation;
import io.evzone.gateway.support.SampleCommands;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.v16.Ocpp16;
import org.junit.jupiter.api.Test;

class Ocpp16OperationsTest {

    private final Ocpp16Operations operations =
            new Ocpp16Operations(new OcppCalls(Ocpp16.codec(Role.CSMS).actions()));

    private OcppCommand sent(ChargerCommand command) {
        return ((Translation.Send) operations.translate(command)).call();
    }

    @Test
    void everyOperationIsASchemaValidCallOrNotInThisVersion() {
        assertThat(SampleCommands.all("42").keySet()).containsExactlyInAnyOrderElementsOf(ChargerCommand.operations());
        SampleCommands.all("42")
                .forEach((operation, command) -> assertThat(operations.translate(command))
                        .as(operation)
                        .isInstanceOfAny(Translation.Send.class, Translation.NotInThisVersion.class));
        assertThat(operations.translate(new CostUpdated("42", 1500L, "UGX")))
                .isInstanceOf(Translation.NotInThisVersion.class);
    }

    @Test
    void aTransactionIdOfTenDigitsIsSentAsTheIntegerItIs() {
        // Regression: ids from 1,500,000,000 (the gateway's own fallback ids) travelled as text and were never sent.
        assertThat(sent(new RemoteStop("1500000001")).payload().toString()).isEqualTo("{\"transactionId\":1500000001}");
        assertThatThrownBy(() -> operations.translate(new RemoteStop("tx-9f3a")))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageStartingWith("transactionId:");
    }

    @Test
    void aConnectorIsTheOnePlaceA16ChargerKnows() {
        assertThat(sent(new ChangeAvailability(null, 2, false)).payload().toString())
                .isEqualTo("{\"connectorId\":2,\"type\":\"Inoperative\"}");
        assertThat(sent(new ChangeAvailability(null, null, true)).payload().toString())
                .isEqualTo("{\"connectorId\":0,\"type\":\"Operative\"}");
    }

    @Test
    void aNewPasswordIsTheAuthorizationKey() {
        OcppCommand call = sent(new SetChargerPassword("0123456789abcdef0123"));
        assertThat(call.action()).isEqualTo("ChangeConfiguration");
        assertThat(call.payload().toString())
                .isEqualTo("{\"key\":\"AuthorizationKey\",\"value\":\"0123456789abcdef0123\"}");
    }
}
