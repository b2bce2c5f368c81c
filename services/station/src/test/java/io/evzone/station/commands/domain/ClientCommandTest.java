package io.evzone.station.commands.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.charger.CommandAction;
import io.evzone.station.shared.domain.DomainException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientCommandTest {

    private static CommandInput stop(String transactionId) {
        return new CommandInput(null, null, null, transactionId, null, null, null, null, null, null);
    }

    private static CommandInput place(Integer connectorId, Integer evseId, String idTag) {
        return new CommandInput(connectorId, evseId, idTag, null, null, null, null, null, null, null);
    }

    private static CommandInput firmware(String retrieveAt, String installAt, Integer retries) {
        return new CommandInput(null, null, null, null, null, "ftp://fw/x.bin", retrieveAt, installAt, retries, null);
    }

    @Test
    void theConsolesPathNamesMapToTheGatewaysActions() {
        assertThat(ClientCommand.byPathName("soft-reset")).contains(ClientCommand.SOFT_RESET);
        assertThat(ClientCommand.byPathName("update-firmware")).contains(ClientCommand.UPDATE_FIRMWARE);
        assertThat(ClientCommand.byPathName("SOFT_RESET")).isEmpty();
        assertThat(ClientCommand.PAUSE.action()).isEqualTo(CommandAction.CHANGE_AVAILABILITY);
        assertThat(ClientCommand.REBOOT.action()).isEqualTo(CommandAction.RESET);
    }

    @Test
    void aTransactionIdOfDigitsTravelsAsANumberAndAnyOtherAsText() {
        // 1.6 transaction ids are integers; 2.0.1 ones are strings a charger makes up.
        assertThat(ClientCommand.REMOTE_STOP.parameters(stop("42"))).isEqualTo(Map.of("transactionId", 42));
        assertThat(ClientCommand.REMOTE_STOP.parameters(stop("tx-9f3a"))).isEqualTo(Map.of("transactionId", "tx-9f3a"));
        assertThat(ClientCommand.REMOTE_STOP.parameters(stop("12345678901")))
                .isEqualTo(Map.of("transactionId", "12345678901"));
    }

    @Test
    void aPlaceIsAnEvseOrAConnectorAndNoneMeansTheWholeCharger() {
        assertThat(ClientCommand.REMOTE_START.parameters(place(null, 2, "TAG")))
                .isEqualTo(Map.of("evseId", 2, "idToken", "TAG"));
        assertThat(ClientCommand.RESUME.parameters(place(null, null, null))).isEqualTo(Map.of("operative", true));
        assertThatThrownBy(() -> ClientCommand.PAUSE.parameters(place(-1, null, null)))
                .isInstanceOf(DomainException.class)
                .hasMessage("connectorId: must be at least 0");
        assertThatThrownBy(() -> ClientCommand.REMOTE_START.parameters(place(1, null, " ")))
                .hasMessage("idTag: required");
    }

    @Test
    void firmwareTimesAreInstantsAndRetriesAreNotNegative() {
        assertThat(ClientCommand.UPDATE_FIRMWARE.parameters(firmware("2026-12-24T18:00:00+03:00", null, null)))
                .isEqualTo(Map.of("location", "ftp://fw/x.bin", "retrieveAt", "2026-12-24T15:00:00Z"));
        assertThatThrownBy(() -> ClientCommand.UPDATE_FIRMWARE.parameters(firmware("2026-12-24T18:00:00Z", "soon", 1)))
                .hasMessageStartingWith("installAt: ");
        assertThatThrownBy(() -> ClientCommand.UPDATE_FIRMWARE.parameters(firmware("2026-12-24T18:00:00Z", null, -1)))
                .hasMessage("retries: must be at least 0");
    }
}
