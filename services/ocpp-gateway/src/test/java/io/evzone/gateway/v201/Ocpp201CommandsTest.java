package io.evzone.gateway.v201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.gateway.connection.CommandParameters;
import io.evzone.gateway.connection.InvalidCommandException;
import io.evzone.gateway.connection.OcppCommand;
import io.evzone.ocpp.json.OcppJson;
import io.evzone.ocpp.v201.Ocpp201;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Neutral commands as 2.0.1 CALLs; every payload must also pass the official 2.0.1 schema. */
class Ocpp201CommandsTest {

    private static OcppCommand translate(String neutral, String json) {
        OcppCommand command = Ocpp201Commands.translate(
                CommandParameters.neutralName(neutral).orElseThrow(),
                new CommandParameters(OcppJson.mapper().readTree(json)));
        return CommandParameters.validated(Ocpp201.actions(), command.action(), command.payload());
    }

    private static void assertTranslation(String neutral, String parameters, String action, String payload) {
        OcppCommand command = translate(neutral, parameters);
        assertThat(command.action()).isEqualTo(action);
        assertThat(command.payload()).isEqualTo(OcppJson.mapper().readTree(payload));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            remote-start | {"evseId":1,"idToken":"TAG","remoteStartId":5} | RequestStartTransaction | {"evseId":1,"idToken":{"idToken":"TAG","type":"Central"},"remoteStartId":5}
            remote-start | {"connectorId":2,"idToken":{"value":"TAG","type":"ISO14443"},"remoteStartId":6} | RequestStartTransaction | {"evseId":2,"idToken":{"idToken":"TAG","type":"ISO14443"},"remoteStartId":6}
            remote-stop | {"transactionId":"TX-1"} | RequestStopTransaction | {"transactionId":"TX-1"}
            reset | {"type":"HARD"} | Reset | {"type":"Immediate"}
            reset | {"evseId":1} | Reset | {"type":"OnIdle","evseId":1}
            soft-reset | {} | Reset | {"type":"OnIdle"}
            unlock | {"evseId":1} | UnlockConnector | {"evseId":1,"connectorId":1}
            change-availability | {"operative":false} | ChangeAvailability | {"operationalStatus":"Inoperative"}
            change-availability | {"evseId":1,"connectorId":2,"operative":true} | ChangeAvailability | {"operationalStatus":"Operative","evse":{"id":1,"connectorId":2}}
            reserve-now | {"evseId":1,"expiresAt":"2026-03-01T10:00:00Z","idToken":"TAG","reservationId":7,"groupId":"FLEET"} | ReserveNow | {"id":7,"expiryDateTime":"2026-03-01T10:00:00Z","idToken":{"idToken":"TAG","type":"Central"},"evseId":1,"groupIdToken":{"idToken":"FLEET","type":"Central"}}
            cancel-reservation | {"reservationId":7} | CancelReservation | {"reservationId":7}
            trigger-message | {"message":"StatusNotification","evseId":1,"connectorId":1} | TriggerMessage | {"requestedMessage":"StatusNotification","evse":{"id":1,"connectorId":1}}
            update-firmware | {"location":"https://fw.example/x.bin","retrieveAt":"2026-03-01T10:00:00Z","requestId":3} | UpdateFirmware | {"requestId":3,"firmware":{"location":"https://fw.example/x.bin","retrieveDateTime":"2026-03-01T10:00:00Z"}}
            get-variables | {"variables":[{"component":"OCPPCommCtrlr","variable":"HeartbeatInterval"}]} | GetVariables | {"getVariableData":[{"component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}}]}
            set-variables | {"variables":[{"component":"OCPPCommCtrlr","variable":"HeartbeatInterval","value":"600"}]} | SetVariables | {"setVariableData":[{"attributeValue":"600","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}}]}
            clear-charging-profile | {"id":3} | ClearChargingProfile | {"chargingProfileId":3}
            clear-charging-profile | {"evseId":1,"purpose":"MAX"} | ClearChargingProfile | {"chargingProfileCriteria":{"evseId":1,"chargingProfilePurpose":"ChargingStationMaxProfile"}}
            """)
    void translatesNeutralCommands(String neutral, String parameters, String action, String payload) {
        assertTranslation(neutral, parameters, action, payload);
    }

    @Test
    void translatesALocalList() {
        assertTranslation("send-local-list", """
                {"version":4,"entries":[{"idToken":"A","status":"ACCEPTED","expiresAt":"2026-03-01T10:00:00Z"},
                  {"idToken":{"value":"B","type":"ISO14443"},"status":"BLOCKED"}]}""", "SendLocalList", """
                {"versionNumber":4,"updateType":"Full","localAuthorizationList":[
                  {"idToken":{"idToken":"A","type":"Central"},
                   "idTokenInfo":{"status":"Accepted","cacheExpiryDateTime":"2026-03-01T10:00:00Z"}},
                  {"idToken":{"idToken":"B","type":"ISO14443"},"idTokenInfo":{"status":"Blocked"}}]}""");
    }

    @Test
    void translatesAChargingProfile() {
        assertTranslation("set-charging-profile", """
                {"evseId":1,"chargingProfile":{"id":11,"purpose":"TX","kind":"ABSOLUTE","transactionId":"TX-1",
                  "startSchedule":"2026-03-01T00:00:00Z","periods":[{"startPeriod":0,"limit":11000}]}}""", "SetChargingProfile", """
                {"evseId":1,"chargingProfile":{"id":11,"stackLevel":0,"chargingProfilePurpose":"TxProfile",
                  "chargingProfileKind":"Absolute","transactionId":"TX-1","chargingSchedule":[{"id":1,
                  "startSchedule":"2026-03-01T00:00:00Z","chargingRateUnit":"W",
                  "chargingSchedulePeriod":[{"startPeriod":0,"limit":11000}]}]}}""");
    }

    @Test
    void aRemoteStartWithoutIdGetsARandomRemoteStartId() {
        OcppCommand command = translate("remote-start", "{\"idToken\":\"TAG\"}");

        assertThat(command.payload().get("remoteStartId").asInt()).isPositive();
        assertThat(command.payload().has("evseId")).isFalse();
    }

    @Test
    void refusesCommandsOf16AndMissingParameters() {
        assertThatThrownBy(() -> translate("get-configuration", "{}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("get-variables");
        assertThatThrownBy(() -> translate("unlock", "{\"connectorId\":1}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("evseId");
        assertThatThrownBy(() -> translate("get-variables", "{\"variables\":[]}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("variables");
        assertThatThrownBy(() -> translate("set-charging-profile", "{\"chargingProfile\":{\"id\":1}}"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("periods");
    }
}
