package io.evzone.gateway.v16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.gateway.connection.CommandParameters;
import io.evzone.gateway.connection.InvalidCommandException;
import io.evzone.gateway.connection.OcppCommand;
import io.evzone.ocpp.json.OcppJson;
import io.evzone.ocpp.v16.Ocpp16;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Neutral commands as 1.6 CALLs; every payload must also pass the official 1.6 schema. */
class Ocpp16CommandsTest {

    private static OcppCommand translate(String neutral, String json) {
        OcppCommand command = Ocpp16Commands.translate(
                CommandParameters.neutralName(neutral).orElseThrow(),
                new CommandParameters(OcppJson.mapper().readTree(json)));
        return CommandParameters.validated(Ocpp16.actions(), command.action(), command.payload());
    }

    private static void assertTranslation(String neutral, String parameters, String action, String payload) {
        OcppCommand command = translate(neutral, parameters);
        assertThat(command.action()).isEqualTo(action);
        assertThat(command.payload()).isEqualTo(OcppJson.mapper().readTree(payload));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            remote-start | {"connectorId":1,"idToken":"TAG"} | RemoteStartTransaction | {"connectorId":1,"idTag":"TAG"}
            remote-start | {"evseId":2,"idToken":{"value":"TAG","type":"ISO14443"}} | RemoteStartTransaction | {"connectorId":2,"idTag":"TAG"}
            remote-stop | {"transactionId":1001} | RemoteStopTransaction | {"transactionId":1001}
            reset | {"type":"HARD"} | Reset | {"type":"Hard"}
            reset | {} | Reset | {"type":"Soft"}
            reset | {"type":"IMMEDIATE"} | Reset | {"type":"Hard"}
            soft-reset | {"type":"HARD"} | Reset | {"type":"Soft"}
            UNLOCK | {"connectorId":2} | UnlockConnector | {"connectorId":2}
            change-availability | {"operative":false} | ChangeAvailability | {"connectorId":0,"type":"Inoperative"}
            change-availability | {"connectorId":1,"operative":true} | ChangeAvailability | {"connectorId":1,"type":"Operative"}
            reserve-now | {"connectorId":1,"expiresAt":"2026-03-01T10:00:00Z","idToken":"TAG","reservationId":7,"groupId":"FLEET"} | ReserveNow | {"connectorId":1,"expiryDate":"2026-03-01T10:00:00Z","idTag":"TAG","reservationId":7,"parentIdTag":"FLEET"}
            cancel-reservation | {"reservationId":7} | CancelReservation | {"reservationId":7}
            trigger-message | {"message":"StatusNotification","connectorId":1} | TriggerMessage | {"requestedMessage":"StatusNotification","connectorId":1}
            update-firmware | {"location":"https://fw.example/x.bin","retrieveAt":"2026-03-01T10:00:00Z","retries":3} | UpdateFirmware | {"location":"https://fw.example/x.bin","retrieveDate":"2026-03-01T10:00:00Z","retries":3}
            get-configuration | {} | GetConfiguration | {}
            get-configuration | {"keys":["HeartbeatInterval"]} | GetConfiguration | {"key":["HeartbeatInterval"]}
            change-configuration | {"key":"HeartbeatInterval","value":"600"} | ChangeConfiguration | {"key":"HeartbeatInterval","value":"600"}
            clear-charging-profile | {"id":3,"purpose":"TX"} | ClearChargingProfile | {"id":3,"chargingProfilePurpose":"TxProfile"}
            """)
    void translatesNeutralCommands(String neutral, String parameters, String action, String payload) {
        assertTranslation(neutral, parameters, action, payload);
    }

    @Test
    void translatesALocalList() {
        assertTranslation("send-local-list", """
                {"version":4,"updateType":"DIFFERENTIAL","entries":[
                  {"idToken":"A","status":"ACCEPTED","expiresAt":"2026-03-01T10:00:00Z","groupId":"G"},
                  {"idToken":"B","status":"CONCURRENT_TX"},{"idToken":"C"}]}""", "SendLocalList", """
                {"listVersion":4,"updateType":"Differential","localAuthorizationList":[
                  {"idTag":"A","idTagInfo":{"status":"Accepted","expiryDate":"2026-03-01T10:00:00Z","parentIdTag":"G"}},
                  {"idTag":"B","idTagInfo":{"status":"ConcurrentTx"}},{"idTag":"C"}]}""");
    }

    @Test
    void translatesAChargingProfile() {
        assertTranslation("set-charging-profile", """
                {"connectorId":1,"chargingProfile":{"id":11,"purpose":"MAX","kind":"RECURRING","recurrency":"DAILY",
                  "startSchedule":"2026-03-01T00:00:00Z","rateUnit":"A",
                  "periods":[{"startPeriod":0,"limit":16},{"startPeriod":3600,"limit":8.5,"numberPhases":1}]}}""", "SetChargingProfile", """
                {"connectorId":1,"csChargingProfiles":{"chargingProfileId":11,"stackLevel":0,
                  "chargingProfilePurpose":"ChargePointMaxProfile","chargingProfileKind":"Recurring",
                  "recurrencyKind":"Daily","chargingSchedule":{"startSchedule":"2026-03-01T00:00:00Z",
                  "chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16},
                  {"startPeriod":3600,"limit":8.5,"numberPhases":1}]}}}""");
    }

    @Test
    void refusesCommandsOf201AndMissingParameters() {
        assertThatThrownBy(() -> translate("get-variables", "{}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("get-configuration");
        assertThatThrownBy(() -> translate("unlock", "{}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("connectorId");
        assertThatThrownBy(() -> translate("change-availability", "{\"operative\":\"yes\"}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("operative");
        assertThatThrownBy(() -> translate("remote-stop", "{\"transactionId\":\"TX-1\"}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("transactionId");
        assertThatThrownBy(() -> translate("fly-to-the-moon", "{}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("unknown command");
    }

    @Test
    void theSchemaCatchesValuesTheTranslationPassesOn() {
        assertThatThrownBy(() -> translate("trigger-message", "{\"message\":\"Teleport\"}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("requestedMessage");
    }

    @Test
    void tellsNeutralNamesFromOcppActions() {
        assertThat(CommandParameters.neutralName("remote-start")).hasValue("REMOTE_START");
        assertThat(CommandParameters.neutralName("REMOTE_START")).hasValue("REMOTE_START");
        assertThat(CommandParameters.neutralName("reset")).hasValue("RESET");
        assertThat(CommandParameters.neutralName("RemoteStartTransaction")).isEmpty();
        assertThat(CommandParameters.neutralName("Reset")).isEmpty();
    }
}
