package io.evzone.station.commands.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.command.ChangeAvailability;
import io.evzone.contracts.charger.command.RemoteStart;
import io.evzone.contracts.charger.command.RemoteStop;
import io.evzone.contracts.charger.command.Reset;
import io.evzone.contracts.charger.command.UpdateFirmware;
import io.evzone.station.chargepoints.domain.Connector;
import io.evzone.station.shared.domain.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientCommandTest {

    /** The session service registered one token, {@code CONTRACT-7}, as an eMAID. */
    private static final IdTokenTypes REGISTERED = new IdTokenTypes() {
        @Override
        public Optional<String> ocppTypeOf(String value) {
            return "contract-7".equalsIgnoreCase(value) ? Optional.of("eMAID") : Optional.empty();
        }

        @Override
        public void record(String value, String ocppType, boolean removed, Instant changedAt) {
            throw new UnsupportedOperationException();
        }
    };

    private static final CommandTarget V16 = new CommandTarget(OcppVersion.V16, List.of(), REGISTERED);

    private static CommandInput stop(String transactionId) {
        return new CommandInput(null, null, null, null, transactionId, null, null, null, null, null, null);
    }

    private static CommandInput place(Integer connectorId, Integer evseId, String idTag, String idTokenType) {
        return new CommandInput(connectorId, evseId, idTag, idTokenType, null, null, null, null, null, null, null);
    }

    private static CommandInput firmware(String retrieveAt, String installAt, Integer retries) {
        return new CommandInput(
                null, null, null, null, null, null, "ftp://fw/x.bin", retrieveAt, installAt, retries, null);
    }

    private static CommandTarget ocpp201(int... evseOfConnectorOne) {
        UUID charger = UUID.randomUUID();
        List<Connector> connectors = java.util.Arrays.stream(evseOfConnectorOne)
                .mapToObj(evse -> Connector.discovered(UUID.randomUUID(), charger, evse, 1, Instant.now()))
                .toList();
        return new CommandTarget(OcppVersion.V201, connectors, REGISTERED);
    }

    @Test
    void theConsolesPathNamesStandForOperations() {
        assertThat(ClientCommand.byPathName("soft-reset")).contains(ClientCommand.SOFT_RESET);
        assertThat(ClientCommand.byPathName("SOFT_RESET")).isEmpty();
        assertThat(ClientCommand.REBOOT.command(CommandInput.NONE, V16)).isEqualTo(new Reset(Reset.Type.HARD, null));
        assertThat(ClientCommand.RESUME.command(CommandInput.NONE, V16))
                .isEqualTo(new ChangeAvailability(null, null, true));
    }

    @Test
    void aTransactionIdTravelsExactlyAsTheChargerReportedIt() {
        // Regression: ids of 10 digits (the gateway's fallback ids start at 1,500,000,000) travelled as text a 1.6
        // charger never got, and "04058377" lost its zero as a number.
        assertThat(ClientCommand.REMOTE_STOP.command(stop("1500000001"), V16)).isEqualTo(new RemoteStop("1500000001"));
        assertThat(ClientCommand.REMOTE_STOP.command(stop("04058377"), V16)).isEqualTo(new RemoteStop("04058377"));
    }

    @Test
    void aRemoteStartKeepsTheTokensTypeAndAnRfidCardIsNeverCentral() {
        var named = (RemoteStart) ClientCommand.REMOTE_START.command(place(null, 2, "TAG", "ISO15693"), V16);
        assertThat(named.idToken().type()).isEqualTo("ISO15693");
        var card = (RemoteStart) ClientCommand.REMOTE_START.command(place(1, null, "TAG", null), V16);
        assertThat(card.idToken().type()).isEqualTo("ISO14443");
        assertThatThrownBy(() -> ClientCommand.REMOTE_START.command(place(1, null, " ", null), V16))
                .hasMessage("idTag: required");
        assertThatThrownBy(() -> ClientCommand.REMOTE_START.command(place(1, null, "TAG", "RFID"), V16))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("idToken.type: one of [Central, ISO14443");
    }

    @Test
    void aRemoteStartSendsARegisteredTokenWithTheTypeItWasRegisteredWith() {
        // Regression (issue 15): a registered eMAID left the station service as an RFID card.
        var registered = (RemoteStart) ClientCommand.REMOTE_START.command(place(1, 1, "Contract-7", null), ocpp201(1));
        assertThat(registered.idToken().type()).isEqualTo("eMAID");
        assertThat(registered.idToken().value()).isEqualTo("Contract-7");
        var named = (RemoteStart) ClientCommand.REMOTE_START.command(place(1, 1, "CONTRACT-7", "ISO14443"), ocpp201(1));
        assertThat(named.idToken().type()).as("the operator's word wins").isEqualTo("ISO14443");
    }

    @Test
    void onA201ChargerAConnectorWithoutItsEvseIsResolvedOrRefusedNeverWidened() {
        assertThat(ClientCommand.PAUSE.command(place(1, null, null, null), ocpp201(2)))
                .isEqualTo(new ChangeAvailability(2, 1, false));
        assertThatThrownBy(() -> ClientCommand.PAUSE.command(place(1, null, null, null), ocpp201(1, 2)))
                .isInstanceOf(DomainException.class)
                .hasMessage("evseId: required: connector 1 is in EVSEs [1, 2]");
        assertThatThrownBy(() -> ClientCommand.RESUME.command(place(1, null, null, null), ocpp201()))
                .hasMessageStartingWith("evseId: required");
        assertThat(ClientCommand.PAUSE.command(place(1, null, null, null), V16))
                .isEqualTo(new ChangeAvailability(null, 1, false));
        assertThatThrownBy(() -> ClientCommand.PAUSE.command(place(-1, null, null, null), V16))
                .isInstanceOf(DomainException.class)
                .hasMessage("connectorId: must be at least 1");
    }

    @Test
    void firmwareTimesAreInstantsAndRetriesAreNotNegative() {
        var update = (UpdateFirmware)
                ClientCommand.UPDATE_FIRMWARE.command(firmware("2026-12-24T18:00:00+03:00", null, null), V16);
        assertThat(update.retrieveAt()).isEqualTo(Instant.parse("2026-12-24T15:00:00Z"));
        assertThatThrownBy(
                        () -> ClientCommand.UPDATE_FIRMWARE.command(firmware("2026-12-24T18:00:00Z", "soon", 1), V16))
                .hasMessageStartingWith("installAt: ");
        assertThatThrownBy(() -> ClientCommand.UPDATE_FIRMWARE.command(firmware("2026-12-24T18:00:00Z", null, -1), V16))
                .hasMessage("retries: must be at least 0");
    }
}
