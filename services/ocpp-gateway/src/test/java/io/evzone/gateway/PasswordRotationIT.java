package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerPasswordHash;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.CommandRequested;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.charger.command.SetChargerPassword;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credential rotation at the gateway, with chargers of both versions: the new password goes to the charger as a
 * command, both passwords open a connection while the rotation is pending, a connection with the new one is reported
 * as {@code ChargerPasswordConfirmed}, and once the station retires the old password only the new one works.
 */
class PasswordRotationIT extends GatewayIntegrationTest {

    private static final String OLD = "the-old-password-of-this-charger";
    private static final String NEW = "the-new-password-of-this-charger";

    @ParameterizedTest
    @ValueSource(strings = {"ocpp1.6", "ocpp2.0.1"})
    void anAcceptedRotationKeepsBothPasswordsUntilTheChargerReconnectsWithTheNewOne(String subprotocol) {
        String id = "ROTATE_OK_" + subprotocol.replace(".", "");
        registerWithPending(id, subprotocol, ChargerPasswordHash.hash(OLD), ChargerPasswordHash.hash(NEW));

        try (RawCharger charger =
                RawCharger.connectWithPassword(ws(id), OLD, subprotocol).answering(call -> accept(call, true))) {
            boot(charger, subprotocol);
            String commandId = sendNewPassword(id);
            assertThat(charger.await(frame -> frame.contains(NEW))).contains(passwordKey(subprotocol));
            assertThat(events.await(id, "CommandCompleted", commandId).json()).contains("ACCEPTED");
            try (RawCharger stillOld = RawCharger.connectWithPassword(ws(id), OLD, subprotocol)) {
                assertThat(stillOld.subprotocol()).isEqualTo(subprotocol);
            }
            assertThat(events.seen)
                    .noneMatch(s -> id.equals(s.key()) && s.type().equals("ChargerPasswordConfirmed"));
        }
        try (RawCharger renewed = RawCharger.connectWithPassword(ws(id), NEW, subprotocol)) {
            assertThat(events.await(id, "ChargerPasswordConfirmed").json()).contains(pendingHash(id));
        }

        registerWithPending(id, subprotocol, ChargerPasswordHash.hash(NEW), null);
        assertRefused(id, OLD, subprotocol);
        try (RawCharger renewed = RawCharger.connectWithPassword(ws(id), NEW, subprotocol)) {
            assertThat(renewed.subprotocol()).isEqualTo(subprotocol);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ocpp1.6", "ocpp2.0.1"})
    void aRejectedRotationLeavesTheOldPasswordTheOnlyOne(String subprotocol) {
        String id = "ROTATE_NO_" + subprotocol.replace(".", "");
        registerWithPending(id, subprotocol, ChargerPasswordHash.hash(OLD), ChargerPasswordHash.hash(NEW));

        try (RawCharger charger =
                RawCharger.connectWithPassword(ws(id), OLD, subprotocol).answering(call -> accept(call, false))) {
            boot(charger, subprotocol);
            String commandId = sendNewPassword(id);
            assertThat(events.await(id, "CommandCompleted", commandId).json()).contains("REJECTED");
        }

        registerWithPending(id, subprotocol, ChargerPasswordHash.hash(OLD), null);
        assertRefused(id, NEW, subprotocol);
        try (RawCharger charger = RawCharger.connectWithPassword(ws(id), OLD, subprotocol)) {
            assertThat(charger.subprotocol()).isEqualTo(subprotocol);
        }
    }

    private String pendingHash(String id) {
        return records.find(id).orElseThrow().pendingPasswordHash();
    }

    private void registerWithPending(String id, String subprotocol, String current, String pending) {
        Instant at = Instant.now();
        publisher.publish(
                Topics.STATION_EVENTS,
                id,
                new ChargerRegistered(
                        id,
                        "org-1",
                        subprotocol.equals("ocpp1.6") ? OcppVersion.V16 : OcppVersion.V201,
                        1,
                        current,
                        RegistrationStatus.ACCEPTED,
                        false,
                        at,
                        300,
                        pending));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> records.find(id)
                        .filter(r -> r.changedAt().equals(at) && Objects.equals(r.pendingPasswordHash(), pending))
                        .isPresent());
    }

    private String sendNewPassword(String id) {
        String commandId = UUID.randomUUID().toString();
        publisher.publish(
                Topics.OCPP_COMMANDS,
                id,
                new CommandRequested(
                        commandId,
                        id,
                        new SetChargerPassword(NEW),
                        "station",
                        Instant.now(),
                        Instant.now().plusSeconds(20)));
        return commandId;
    }

    private void assertRefused(String id, String password, String subprotocol) {
        assertThatThrownBy(() -> RawCharger.connectWithPassword(ws(id), password, subprotocol))
                .isInstanceOfSatisfying(
                        RawCharger.HandshakeRefused.class,
                        e -> assertThat(e.status).isEqualTo(401));
    }

    private static void boot(RawCharger charger, String subprotocol) {
        charger.send(
                subprotocol.equals("ocpp1.6")
                        ? "[2,\"boot\",\"BootNotification\",{\"chargePointVendor\":\"EVZone\",\"chargePointModel\":\"R\"}]"
                        : """
                        [2,"boot","BootNotification",{"reason":"PowerUp",\
                        "chargingStation":{"model":"R","vendorName":"EVZone"}}]""");
        assertThat(charger.answerTo("boot")).contains("Accepted");
    }

    private static String passwordKey(String subprotocol) {
        return subprotocol.equals("ocpp1.6") ? "AuthorizationKey" : "BasicAuthPassword";
    }

    /** 1.6 ChangeConfiguration.conf, or 2.0.1 SetVariablesResponse for the one variable. */
    private static String accept(String call, boolean accepted) {
        String id = RawCharger.messageId(call);
        if (call.contains("\"ChangeConfiguration\"")) {
            return "[3,\"" + id + "\",{\"status\":\"" + (accepted ? "Accepted" : "Rejected") + "\"}]";
        }
        return "[3,\"" + id + "\",{\"setVariableResult\":[{\"attributeStatus\":\""
                + (accepted ? "Accepted" : "Rejected")
                + "\",\"component\":{\"name\":\"SecurityCtrlr\"},\"variable\":{\"name\":\"BasicAuthPassword\"}}]}]";
    }
}
