package io.evzone.gateway.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.Permissions;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The gateway's own command API is raw access to chargers: platform administrators only. Operators command their
 * organization's chargers through the station service, so no organization's technician reaches a charger here,
 * whether it is unassigned, another organization's or unknown to the station.
 */
class CommandScopeIT extends GatewayIntegrationTest {

    private static final String[] TECHNICIAN = TestHttp.bearer(
            TestTokens.withPermissions("org-1", Permissions.CHARGE_POINTS_COMMAND, Permissions.STATIONS_READ));
    private static final String[] ADMIN = TestHttp.bearer(TestTokens.platformAdmin());

    private RawCharger connected(String chargePointId) {
        RawCharger charger = RawCharger.connect(ws(chargePointId), "ocpp1.6")
                .answering(call -> "[3,\"" + RawCharger.messageId(call) + "\",{\"status\":\"Accepted\"}]");
        charger.send("[2,\"hb\",\"Heartbeat\",{}]");
        charger.answerTo("hb");
        return charger;
    }

    private int call(String chargePointId, String action, String body, String[] caller) {
        return http().post("/api/v1/ocpp/charge-points/" + chargePointId + "/calls/" + action, body, caller)
                .statusCode();
    }

    private int command(String chargePointId, String operation, String body, String[] caller) {
        return http().post("/api/v1/ocpp/charge-points/" + chargePointId + "/commands/" + operation, body, caller)
                .statusCode();
    }

    @Test
    void aTechnicianReachesNoChargerAndNoCommandLogThroughTheGateway() {
        records.apply(registration("CP_SCOPE_UNASSIGNED", null));
        records.apply(registration("CP_SCOPE_OWN", "org-1"));
        try (RawCharger unknown = connected("CP_SCOPE_UNKNOWN");
                RawCharger unassigned = connected("CP_SCOPE_UNASSIGNED");
                RawCharger own = connected("CP_SCOPE_OWN")) {
            for (String charger : new String[] {"CP_SCOPE_UNKNOWN", "CP_SCOPE_UNASSIGNED", "CP_SCOPE_OWN"}) {
                assertThat(call(charger, "Reset", "{\"type\":\"Hard\"}", TECHNICIAN))
                        .isEqualTo(403);
                assertThat(call(
                                charger,
                                "ChangeConfiguration",
                                "{\"key\":\"AuthorizationKey\",\"value\":\"0123456789abcdef0123\"}",
                                TECHNICIAN))
                        .isEqualTo(403);
                assertThat(command(charger, "reset", "{\"type\":\"HARD\"}", TECHNICIAN))
                        .isEqualTo(403);
            }
            assertThat(unknown.received).noneMatch(f -> f.startsWith("[2,"));
            assertThat(unassigned.received).noneMatch(f -> f.startsWith("[2,"));
            assertThat(own.received).noneMatch(f -> f.startsWith("[2,"));

            var byAdmin = http().post(
                            "/api/v1/ocpp/charge-points/CP_SCOPE_UNASSIGNED/calls/Reset", "{\"type\":\"Soft\"}", ADMIN);
            assertThat(byAdmin.statusCode()).isEqualTo(200);
            String id = byAdmin.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            assertThat(http().get("/api/v1/ocpp/commands/" + id, TECHNICIAN).statusCode())
                    .isEqualTo(403);
            assertThat(http().get("/api/v1/ocpp/commands?ocppId=CP_SCOPE_UNASSIGNED", TECHNICIAN)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(http().get("/api/v1/ocpp/commands/" + id, ADMIN).body()).contains("\"status\":\"ACCEPTED\"");
        }
    }

    private static ChargerRegistered registration(String chargePointId, String organization) {
        return new ChargerRegistered(
                chargePointId,
                organization,
                OcppVersion.V16,
                0,
                null,
                RegistrationStatus.ACCEPTED,
                false,
                Instant.now());
    }
}
