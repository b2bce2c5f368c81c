package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.platform.commands.IssuedCommands;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.retention.ScheduledPurge;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operator commands through the station API (the consoles' {@code /charge-points/{id}/commands/*} and
 * {@code /commands}) with the gateway played over Kafka: what reaches {@code ocpp.commands.v1}, and how the
 * reported outcome shows.
 */
@StationIntegrationTest
class CommandsIT {

    private final GatewayDouble gateway;
    private final Api commander;
    private final Api otherOrganization;
    private final Api reader;
    private final Registry registry;
    private final JdbcClient jdbc;
    private final IssuedCommands commands;
    private final ScheduledPurge scheduled;

    @Autowired
    CommandsIT(
            @LocalServerPort int port,
            EventPublisher publisher,
            JsonMapper json,
            @Value("${spring.kafka.bootstrap-servers}") String brokers,
            JdbcClient jdbc,
            IssuedCommands commands,
            @Qualifier("chargerCommandPurge") ScheduledPurge scheduled) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.scheduled = scheduled;
        this.gateway = new GatewayDouble(publisher, json, brokers);
        this.commander = new Api(
                port,
                json,
                TestTokens.withPermissions("org-cmd", "stations.read", "stations.write", "charge_points.command"));
        this.otherOrganization = new Api(
                port,
                json,
                TestTokens.withPermissions("org-other", "stations.read", "stations.write", "charge_points.command"));
        this.reader = new Api(port, json, TestTokens.withPermissions("org-cmd", "stations.read"));
        this.registry = new Registry(commander);
    }

    @AfterEach
    void stopGateway() throws InterruptedException {
        gateway.close();
    }

    private String chargePoint(String ocppId) {
        String stationId = registry.station(0.33, 32.59).path("id").asString();
        return registry.chargePointAt(stationId, ocppId).path("id").asString();
    }

    @Test
    void aSoftResetIsQueuedForTheGatewayAndShowsTheChargersAnswer() {
        String ocppId = Registry.unique("CMD");
        String id = chargePoint(ocppId);

        var sent = commander.post("/api/v1/charge-points/" + id + "/commands/soft-reset", "");
        assertThat(sent.status()).as(sent.raw()).isEqualTo(202);
        JsonNode queued = sent.body();
        assertThat(queued.path("status").asString()).isEqualTo("QUEUED");
        String commandId = queued.path("commandId").asString();
        Instant requestedAt = Instant.parse(queued.path("requestedAt").asString());

        var command = gateway.awaitCommand(commandId);
        assertThat(command.key()).as("keyed by the charger, as all its traffic").isEqualTo(ocppId);
        assertThat(command.payload().path("ocppId").asString()).isEqualTo(ocppId);
        assertThat(command.payload().path("command").path("operation").asString())
                .isEqualTo("reset");
        assertThat(command.payload().path("command").path("type").asString()).isEqualTo("SOFT");
        assertThat(Instant.parse(command.payload().path("deadline").asString()))
                .isEqualTo(requestedAt.plus(Duration.ofSeconds(60)));

        gateway.completed(ocppId, commandId, "RESET", CommandStatus.ACCEPTED, Map.of("status", "Accepted"));
        JsonNode done = await().atMost(GatewayDouble.PATIENCE)
                .until(
                        () -> commander.get("/api/v1/commands/" + commandId).ok(),
                        c -> !c.path("status").asString().equals("QUEUED"));
        assertThat(done.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(done.path("response").path("status").asString()).isEqualTo("Accepted");
        assertThat(done.path("completedAt").isNull()).isFalse();
        assertThat(done.path("command").asString()).isEqualTo("reset");
        assertThat(done.path("requestedAt")).as("as the POST answered it").isEqualTo(queued.path("requestedAt"));

        gateway.completed(ocppId, commandId, "RESET", CommandStatus.TIMED_OUT, Map.of());
        String another = commander
                .post("/api/v1/charge-points/" + id + "/reboot", "")
                .ok()
                .path("commandId")
                .asString();
        gateway.completed(ocppId, another, "RESET", CommandStatus.OFFLINE, Map.of());
        await().atMost(GatewayDouble.PATIENCE)
                .until(() -> commander
                        .get("/api/v1/commands/" + another)
                        .ok()
                        .path("status")
                        .asString()
                        .equals("OFFLINE"));
        assertThat(commander
                        .get("/api/v1/commands/" + commandId)
                        .ok()
                        .path("status")
                        .asString())
                .as("a later report does not replace the first outcome")
                .isEqualTo("ACCEPTED");
        assertThat(Api.each(
                        commander.get("/api/v1/commands?chargePointId=" + id).ok(), "commandId"))
                .as("newest first")
                .containsExactly(another, commandId);
    }

    @Test
    void eachCommandReachesTheGatewayWithTheFieldsTheOperatorGave() {
        String ocppId = Registry.unique("CMD");
        String id = chargePoint(ocppId);
        String path = "/api/v1/charge-points/" + id;

        assertThat(command(commander.post(path + "/reboot", "")))
                .isEqualTo(Map.of("operation", "reset", "type", "HARD"));
        assertThat(command(commander.post(path + "/commands/remote-start", "{\"connectorId\":1,\"idTag\":\"TAG-1\"}")))
                .containsEntry("connectorId", 1)
                .containsEntry("idToken", Map.of("value", "TAG-1", "type", "ISO14443"));
        assertThat(command(commander.post(path + "/commands/remote-stop", "{\"transactionId\":1500000001}")))
                .as("a 10-digit id (the gateway's fallback ids start at 1,500,000,000) is sent, as the charger gave it")
                .isEqualTo(Map.of("operation", "remote-stop", "transactionId", "1500000001"));
        assertThat(command(commander.post(path + "/commands/unlock", "{\"connectorId\":2}")))
                .isEqualTo(Map.of("operation", "unlock-connector", "connectorId", 2));
        assertThat(command(commander.post(path + "/commands/pause", "{\"connectorId\":1}")))
                .isEqualTo(Map.of("operation", "change-availability", "connectorId", 1, "operative", false));
        assertThat(command(commander.post(path + "/commands/resume", "")))
                .isEqualTo(Map.of("operation", "change-availability", "operative", true));
        assertThat(command(commander.post(path + "/commands/update-firmware", """
                        {"location":"https://fw.example.com/terra-1.2.bin","retrieveAt":"2026-12-24T18:00:00Z",
                         "retries":3,"retryIntervalSec":60}""")))
                .containsEntry("location", "https://fw.example.com/terra-1.2.bin")
                .containsEntry("retrieveAt", "2026-12-24T18:00:00Z")
                .containsEntry("retries", 3)
                .containsEntry("retryIntervalSeconds", 60);
        assertThat(command(commander.post(
                        path + "/commands/get-configuration", "{\"keys\":[{\"variable\":\"HeartbeatInterval\"}]}")))
                .extractingByKey("keys")
                .asString()
                .contains("variable=HeartbeatInterval");
        assertThat(gateway.commands(ocppId).stream()
                        .map(c -> c.payload().path("command").path("operation").asString()))
                .containsExactly(
                        "reset",
                        "remote-start",
                        "remote-stop",
                        "unlock-connector",
                        "change-availability",
                        "change-availability",
                        "update-firmware",
                        "get-configuration");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> command(Api.Response sent) {
        assertThat(sent.status()).as(sent.raw()).isEqualTo(202);
        JsonNode published = gateway.awaitCommand(sent.body().path("commandId").asString())
                .payload()
                .path("command");
        assertThat(sent.body().path("parameters")).isEqualTo(published);
        return new JsonMapper().convertValue(published, Map.class);
    }

    @Test
    void everyOperationIsListedInTheOpenApiDocumentWithItsBody() {
        JsonNode paths = commander.get("/api/docs.json").ok().path("paths");
        for (String operation : io.evzone.contracts.charger.command.ChargerCommand.operations()) {
            boolean listed = paths.has("/api/v1/charge-points/{id}/commands/" + operation);
            boolean ownBody = !operation.equals("raw-ocpp")
                    && io.evzone.station.commands.domain.ClientCommand.byPathName(operation)
                            .isEmpty();
            assertThat(listed).as(operation).isEqualTo(ownBody);
        }
        assertThat(paths.path("/api/v1/charge-points/{id}/commands/set-charging-profile")
                        .toString())
                .contains("SetChargingProfile");
    }

    @Test
    void operationsAreValidatedAtTheApiNamingTheField() {
        String ocppId = Registry.unique("CMD");
        String path = "/api/v1/charge-points/" + chargePoint(ocppId) + "/commands/";

        commander.post(path + "reset", "{}").problem(400, "type: required");
        commander.post(path + "reset", "{\"type\":\"SIDEWAYS\"}").problem(400, "type");
        commander
                .post(path + "set-charger-password", "{\"password\":\"short\"}")
                .problem(400, "password");
        commander
                .post(path + "change-availability", "{\"evseId\":0,\"operative\":true}")
                .problem(400, "evseId");
        commander.post(path + "raw-ocpp", "{\"action\":\"Reset\"}").problem(400, "platform administrators");
        assertThat(gateway.commands(ocppId)).isEmpty();
    }

    @Test
    void aRemoteStartSendsATokenTheSessionServiceRegisteredWithItsOwnType() {
        // Regression (issue 15): a registered eMAID or ISO15693 card went out as ISO14443 (earlier: Central).
        String ocppId = Registry.unique("CMD");
        String path = "/api/v1/charge-points/" + chargePoint(ocppId) + "/commands/remote-start";
        String contract = Registry.unique("EMAID");
        gateway.idTokenRegistered(contract, "eMAID");

        await().atMost(GatewayDouble.PATIENCE)
                .untilAsserted(() -> assertThat(
                                command(commander.post(path, "{\"connectorId\":1,\"idTag\":\"" + contract + "\"}")))
                        .containsEntry("idToken", Map.of("value", contract, "type", "eMAID")));
    }

    @Test
    void aBadCommandIsAClearErrorAndNothingIsSent() {
        String ocppId = Registry.unique("CMD");
        String id = chargePoint(ocppId);
        String path = "/api/v1/charge-points/" + id + "/commands/";

        commander.post(path + "explode", "").problem(400, "'explode' is not one of");
        commander.post(path + "remote-start", "{\"connectorId\":1}").problem(400, "idTag");
        commander.post(path + "unlock", "{}").problem(400, "connectorId");
        commander
                .post(path + "update-firmware", "{\"location\":\"https://fw\",\"retrieveAt\":\"tomorrow\"}")
                .problem(400, "retrieveAt");
        commander.post(path + "remote-stop", "{\"sessionId\":\"s-1\"}").problem(400, "/api/v1/sessions/{id}/stop");
        commander.post(path + "soft-reset", "{\"force\":true}").problem(400, "force");
        commander
                .post("/api/v1/charge-points/00000000-0000-0000-0000-000000000000/commands/soft-reset", "")
                .problem(404, "00000000-0000-0000-0000-000000000000");

        assertThat(commander.get("/api/v1/commands?chargePointId=" + id).ok().size())
                .isZero();
        assertThat(gateway.commands(ocppId)).isEmpty();
    }

    @Test
    void finishedCommandsPastTheRetentionArePurgedAndWaitingOnesKept() {
        String ocppId = Registry.unique("CMD");
        String id = chargePoint(ocppId);
        List<String> ids = IntStream.range(0, 5)
                .mapToObj(i -> commander
                        .post("/api/v1/charge-points/" + id + "/commands/soft-reset", "")
                        .ok()
                        .path("commandId")
                        .asString())
                .toList();
        String recent = ids.get(0);
        String waiting = ids.get(1);
        ids.stream()
                .filter(c -> !c.equals(waiting))
                .forEach(c -> gateway.completed(ocppId, c, "RESET", CommandStatus.ACCEPTED, Map.of()));
        await().atMost(GatewayDouble.PATIENCE)
                .until(() -> jdbc.sql("SELECT count(*) FROM charger_command WHERE subject = :cp"
                                        + " AND status = 'ACCEPTED'")
                                .param("cp", id)
                                .query(Long.class)
                                .single()
                        == 4);
        jdbc.sql("UPDATE charger_command SET requested_at = now() - interval '91 days'"
                        + " WHERE subject = :cp AND id <> :recent")
                .param("cp", id)
                .param("recent", UUID.fromString(recent))
                .update();

        long deleted = new ScheduledPurge(
                        "test commands",
                        commands::deleteFinishedOlderThan,
                        Duration.ofDays(90),
                        Duration.ofMinutes(10),
                        2)
                .purge();

        assertThat(deleted).isGreaterThanOrEqualTo(3);
        assertThat(Api.each(
                        commander.get("/api/v1/commands?chargePointId=" + id).ok(), "commandId"))
                .containsExactlyInAnyOrder(recent, waiting);
        assertThat(scheduled.isRunning()).as("the service's own purge runs").isTrue();
    }

    @Test
    void commandsStayInTheirOrganizationAndSendingNeedsThePermission() {
        String ocppId = Registry.unique("CMD");
        String id = chargePoint(ocppId);
        String commandId = commander
                .post("/api/v1/charge-points/" + id + "/commands/soft-reset", "")
                .ok()
                .path("commandId")
                .asString();

        otherOrganization
                .post("/api/v1/charge-points/" + id + "/commands/soft-reset", "")
                .problem(404, id);
        otherOrganization.get("/api/v1/commands/" + commandId).problem(404, commandId);
        assertThat(Api.each(otherOrganization.get("/api/v1/commands?limit=200").ok(), "commandId"))
                .doesNotContain(commandId);

        assertThat(reader.post("/api/v1/charge-points/" + id + "/reboot", "").status())
                .isEqualTo(403);
        assertThat(reader.get("/api/v1/commands/" + commandId)
                        .ok()
                        .path("status")
                        .asString())
                .isEqualTo("QUEUED");
        gateway.awaitCommand(commandId);
        assertThat(gateway.commands(ocppId)).hasSize(1);
    }
}
