package io.evzone.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.RemoteStart;
import io.evzone.contracts.charger.command.RemoteStop;
import io.evzone.contracts.charger.command.Reset;
import io.evzone.contracts.charger.command.SetChargerPassword;
import io.evzone.platform.messaging.ChargerCommandJson;
import io.evzone.platform.web.ApiException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class CommandBodiesTest {

    private final JsonMapper json = JsonMapper.builder()
            .addModule(ChargerCommandJson.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final CommandBodies bodies = new CommandBodies(json);

    @Test
    void aCommandTravelsWithItsOperationsNameAndComesBackAsTheSameRecord() {
        ChargerCommand start = new RemoteStart(2, null, new IdToken("04A1", "ISO15693"), 7, null);
        String written = json.writerFor(ChargerCommand.class).writeValueAsString(start);
        assertThat(written).startsWith("{\"operation\":\"remote-start\"").doesNotContain("null");
        assertThat(json.readValue(written, ChargerCommand.class)).isEqualTo(start);
        assertThat(json.readValue(
                        "{\"operation\":\"remote-stop\",\"transactionId\":\"04058377\"}", ChargerCommand.class))
                .isEqualTo(new RemoteStop("04058377"));
    }

    @Test
    void everyOperationHasItsOwnName() {
        assertThat(ChargerCommand.operations())
                .hasSize(ChargerCommand.class.getPermittedSubclasses().length)
                .contains("reset", "remote-start", "get-installed-certificate-ids", "raw-ocpp");
    }

    @Test
    void aBodyTheRecordRefusesIsA400NamingTheField() {
        assertThat(bodies.read("reset", json.readTree("{\"type\":\"HARD\"}")))
                .isEqualTo(new Reset(Reset.Type.HARD, null));
        assertThatThrownBy(() -> bodies.read("reset", json.readTree("{}")))
                .isInstanceOf(ApiException.class)
                .hasMessage("type: required");
        assertThatThrownBy(() -> bodies.read("reset", json.readTree("{\"type\":\"HARD\",\"force\":true}")))
                .hasMessage("force: not a field of this command");
        assertThatThrownBy(() -> bodies.read("reset", json.readTree("{\"type\":\"SIDEWAYS\"}")))
                .hasMessageStartingWith("type:");
        assertThatThrownBy(() -> bodies.read("explode", null))
                .hasMessageStartingWith("operation: 'explode' is not one of");
    }

    @Test
    void theCommandLogNeverKeepsAPassword() {
        String logged = ChargerCommandJson.forLog(json, new SetChargerPassword("a-secret-of-twenty-chars"));
        assertThat(logged).doesNotContain("a-secret").contains("(hidden)");
    }
}
