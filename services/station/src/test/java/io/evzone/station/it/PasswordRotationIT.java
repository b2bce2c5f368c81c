package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.ChargerPasswordConfirmed;
import io.evzone.contracts.charger.ChargerPasswordHash;
import io.evzone.contracts.charger.CommandStatus;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestTokens;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rotating a charger's Basic-auth password through {@code POST /charge-points/{id}/credentials/rotate}, with the
 * gateway played over Kafka: the new password goes to the charger as a command, the gateway is told both passwords
 * until the charger connects with the new one, and a refusal keeps the old one alone.
 */
@StationIntegrationTest
class PasswordRotationIT {

    private final GatewayDouble gateway;
    private final Api operator;
    private final Registry registry;

    @Autowired
    PasswordRotationIT(
            @LocalServerPort int port,
            EventPublisher publisher,
            JsonMapper json,
            @Value("${spring.kafka.bootstrap-servers}") String brokers) {
        this.gateway = new GatewayDouble(publisher, json, brokers);
        this.operator = new Api(port, json, TestTokens.withPermissions("org-rot", "stations.read", "stations.write"));
        this.registry = new Registry(operator);
    }

    @AfterEach
    void stopGateway() throws InterruptedException {
        gateway.close();
    }

    private record Provisioned(String id, String ocppId, String password) {}

    private Provisioned provision() {
        String ocppId = Registry.unique("ROT");
        String stationId = registry.station(0.31, 32.58).path("id").asString();
        JsonNode created = registry.chargePointAt(stationId, ocppId);
        return new Provisioned(
                created.path("id").asString(),
                ocppId,
                created.path("ocppCredentials").path("password").asString());
    }

    private JsonNode rotate(Provisioned chargePoint) {
        return operator.post("/api/v1/charge-points/" + chargePoint.id() + "/credentials/rotate", "")
                .ok()
                .path("ocppCredentials");
    }

    /** The charger's latest registration for the gateway, once it has a pending password or none, as asked. */
    private JsonNode registration(String ocppId, String password, boolean pending) {
        return await().atMost(GatewayDouble.PATIENCE)
                .until(
                        () -> gateway
                                .stationEvents(
                                        "ChargerRegistered",
                                        r -> r.path("ocppId").asString().equals(ocppId))
                                .reversed()
                                .stream()
                                .findFirst(),
                        latest -> latest.filter(r -> pending
                                        ? ChargerPasswordHash.matches(
                                                password,
                                                r.path("pendingPasswordHash").asString(""))
                                        : !r.hasNonNull("pendingPasswordHash")
                                                && ChargerPasswordHash.matches(
                                                        password,
                                                        r.path("passwordHash").asString()))
                                .isPresent())
                .orElseThrow();
    }

    @Test
    void anAcceptedPasswordIsSentAndTheOldOneRetiredOnlyOnceTheChargerConnectsWithIt() {
        Provisioned chargePoint = provision();
        JsonNode issued = rotate(chargePoint);
        String newPassword = issued.path("password").asString();
        String commandId = issued.path("rotationCommandId").asString();

        var command = gateway.awaitCommand(commandId);
        assertThat(command.payload().path("command").path("operation").asString())
                .isEqualTo("set-charger-password");
        assertThat(command.payload().path("command").path("password").asString())
                .isEqualTo(newPassword);
        JsonNode during = registration(chargePoint.ocppId(), newPassword, true);
        assertThat(ChargerPasswordHash.matches(
                        chargePoint.password(), during.path("passwordHash").asString()))
                .as("the old password stays valid while the charger has not reconnected")
                .isTrue();

        gateway.completed(
                chargePoint.ocppId(),
                commandId,
                "set-charger-password",
                CommandStatus.ACCEPTED,
                Map.of("status", "Accepted"));
        operator.get("/api/v1/commands/" + commandId).ok();
        assertThat(gateway.stationEvents("ChargerPasswordRotated", e -> true))
                .noneMatch(e -> e.path("ocppId").asString().equals(chargePoint.ocppId()));

        gateway.chargerEvent(
                chargePoint.ocppId(),
                new ChargerPasswordConfirmed(
                        chargePoint.ocppId(), during.path("pendingPasswordHash").asString(), Instant.now()));
        JsonNode rotated = gateway.awaitStationEvent(
                "ChargerPasswordRotated", e -> e.path("ocppId").asString().equals(chargePoint.ocppId()));
        assertThat(rotated.path("chargePointId").asString()).isEqualTo(chargePoint.id());
        registration(chargePoint.ocppId(), newPassword, false);
    }

    @Test
    void aRefusedPasswordLeavesTheOldOneTheOnlyValidOne() {
        Provisioned chargePoint = provision();
        JsonNode issued = rotate(chargePoint);
        String commandId = issued.path("rotationCommandId").asString();
        gateway.awaitCommand(commandId);
        registration(chargePoint.ocppId(), issued.path("password").asString(), true);

        gateway.completed(
                chargePoint.ocppId(),
                commandId,
                "set-charger-password",
                CommandStatus.REJECTED,
                Map.of("status", "Rejected"));

        registration(chargePoint.ocppId(), chargePoint.password(), false);
    }

    @Test
    void onlyAConnectionWithTheLatestRotationsPasswordRetiresTheOldOne() {
        Provisioned chargePoint = provision();
        JsonNode first = rotate(chargePoint);
        String firstHash = registration(
                        chargePoint.ocppId(), first.path("password").asString(), true)
                .path("pendingPasswordHash")
                .asString();
        JsonNode second = rotate(chargePoint);
        String secondPassword = second.path("password").asString();
        String secondHash = registration(chargePoint.ocppId(), secondPassword, true)
                .path("pendingPasswordHash")
                .asString();

        // One charger's events are read in order: the stale confirmation is handled before the right one.
        gateway.chargerEvent(
                chargePoint.ocppId(), new ChargerPasswordConfirmed(chargePoint.ocppId(), firstHash, Instant.now()));
        gateway.chargerEvent(
                chargePoint.ocppId(), new ChargerPasswordConfirmed(chargePoint.ocppId(), secondHash, Instant.now()));

        gateway.awaitStationEvent(
                "ChargerPasswordRotated", e -> e.path("ocppId").asString().equals(chargePoint.ocppId()));
        registration(chargePoint.ocppId(), secondPassword, false);
        assertThat(gateway.stationEvents(
                        "ChargerPasswordRotated",
                        e -> e.path("ocppId").asString().equals(chargePoint.ocppId())))
                .hasSize(1);
    }
}
