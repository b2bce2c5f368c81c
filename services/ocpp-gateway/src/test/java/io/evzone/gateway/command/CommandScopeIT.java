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

/** Commands and their log are scoped like the station's API: a charger of no organization is for administrators. */
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

    private int command(String chargePointId, String action, String body, String[] caller) {
        return http().post("/api/v1/charge-points/" + chargePointId + "/commands/" + action, body, caller)
                .statusCode();
    }

    @Test
    void aTechnicianCannotCommandOrReadTheCommandsOfAChargerTheStationDoesNotKnow() {
        try (RawCharger charger = connected("CP_SCOPE_UNKNOWN")) {
            assertThat(command("CP_SCOPE_UNKNOWN", "Reset", "{\"type\":\"Hard\"}", TECHNICIAN))
                    .isEqualTo(404);
            assertThat(command(
                            "CP_SCOPE_UNKNOWN",
                            "ChangeConfiguration",
                            "{\"key\":\"AuthorizationKey\",\"value\":\"0123456789abcdef0123\"}",
                            TECHNICIAN))
                    .isEqualTo(404);
            assertThat(charger.received).noneMatch(f -> f.startsWith("[2,"));

            var byAdmin =
                    http().post("/api/v1/charge-points/CP_SCOPE_UNKNOWN/commands/Reset", "{\"type\":\"Soft\"}", ADMIN);
            assertThat(byAdmin.statusCode()).isEqualTo(200);
            String id = byAdmin.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            assertThat(http().get("/api/v1/commands/" + id, TECHNICIAN).statusCode())
                    .isEqualTo(404);
            assertThat(http().get("/api/v1/commands?chargePointId=CP_SCOPE_UNKNOWN", TECHNICIAN)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(http().get("/api/v1/commands/" + id, ADMIN).body()).contains("\"status\":\"ACCEPTED\"");
        }
    }

    @Test
    void aTechnicianCannotCommandAnUnassignedChargerOrAnotherOrganizations() {
        records.apply(registration("CP_SCOPE_UNASSIGNED", null));
        records.apply(registration("CP_SCOPE_OTHER_ORG", "org-2"));
        records.apply(registration("CP_SCOPE_OWN", "org-1"));
        try (RawCharger unassigned = connected("CP_SCOPE_UNASSIGNED");
                RawCharger other = connected("CP_SCOPE_OTHER_ORG");
                RawCharger own = connected("CP_SCOPE_OWN")) {
            assertThat(command("CP_SCOPE_UNASSIGNED", "Reset", "{\"type\":\"Hard\"}", TECHNICIAN))
                    .isEqualTo(404);
            assertThat(command("CP_SCOPE_OTHER_ORG", "Reset", "{\"type\":\"Hard\"}", TECHNICIAN))
                    .isEqualTo(404);
            assertThat(http().get("/api/v1/commands?chargePointId=CP_SCOPE_UNASSIGNED", TECHNICIAN)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(unassigned.received).noneMatch(f -> f.startsWith("[2,"));
            assertThat(other.received).noneMatch(f -> f.startsWith("[2,"));

            assertThat(command("CP_SCOPE_OWN", "Reset", "{\"type\":\"Hard\"}", TECHNICIAN))
                    .isEqualTo(200);
            assertThat(command("CP_SCOPE_UNASSIGNED", "Reset", "{\"type\":\"Hard\"}", ADMIN))
                    .isEqualTo(200);
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
