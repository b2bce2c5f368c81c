package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.retention.ScheduledPurge;
import io.evzone.platform.test.TestTokens;
import io.evzone.station.commands.domain.ChargePointCommands;
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
    private final ChargePointCommands commands;
    private final ScheduledPurge scheduled;

    @Autowired
    CommandsIT(
            @LocalServerPort int port,
            EventPublisher publisher,
            JsonMapper json,
            @Value("${spring.kafka.bootstrap-servers}") String brokers,
            JdbcClient jdbc,
            ChargePointCommands commands,
            @Qualifier("commandPurge") ScheduledPurge scheduled) {
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
        assertThat(command.payload().path("chargePointId").asString()).isEqualTo(ocppId);
        assertThat(command.payload().path("action").asString()).isEqualTo("RESET");
        assertThat(command.payload().path("parameters").path("type").asString()).isEqualTo("SOFT");
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
        assertThat(done.path("command").asString()).isEqualTo("soft-reset");
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

        assertThat(parameters(commander.post(path + "/reboot", ""))).isEqualTo(Map.of("type", "HARD"));
        assertThat(parameters(
                        commander.post(path + "/commands/remote-start", "{\"connectorId\":1,\"idTag\":\"TAG-1\"}")))
                .isEqualTo(Map.of("connectorId", 1, "idToken", "TAG-1"));
        assertThat(parameters(commander.post(path + "/commands/remote-stop", "{\"transactionId\":42}")))
                .isEqualTo(Map.of("transactionId", 42));
        assertThat(parameters(commander.post(path + "/commands/unlock", "{\"connectorId\":2}")))
                .isEqualTo(Map.of("connectorId", 2));
        assertThat(parameters(commander.post(path + "/commands/pause", "{\"connectorId\":1}")))
                .isEqualTo(Map.of("connectorId", 1, "operative", false));
        assertThat(parameters(commander.post(path + "/commands/resume", ""))).isEqualTo(Map.of("operative", true));
        assertThat(parameters(commander.post(path + "/commands/update-firmware", """
                        {"location":"https://fw.example.com/terra-1.2.bin","retrieveAt":"2026-12-24T18:00:00Z",
                         "retries":3,"retryIntervalSec":60}""")))
                .isEqualTo(Map.of(
                        "location",
                        "https://fw.example.com/terra-1.2.bin",
                        "retrieveAt",
                        "2026-12-24T18:00:00Z",
                        "retries",
                        3,
                        "retryIntervalSec",
                        60));
        assertThat(gateway.commands(ocppId).stream()
                        .map(c -> c.payload().path("action").asString()))
                .containsExactly(
                        "RESET",
                        "REMOTE_START",
                        "REMOTE_STOP",
                        "UNLOCK",
                        "CHANGE_AVAILABILITY",
                        "CHANGE_AVAILABILITY",
                        "UPDATE_FIRMWARE");
    }

    private Map<String, Object> parameters(Api.Response sent) {
        assertThat(sent.status()).as(sent.raw()).isEqualTo(202);
        JsonNode published = gateway.awaitCommand(sent.body().path("commandId").asString())
                .payload()
                .path("parameters");
        assertThat(sent.body().path("parameters")).isEqualTo(published);
        return new JsonMapper().convertValue(published, Map.class);
    }

    @Test
    void aBadCommandIsAClearErrorAndNothingIsSent() {
        String ocppId = Registry.unique("CMD");
        String id = chargePoint(ocppId);
        String path = "/api/v1/charge-points/" + id + "/commands/";

        commander.post(path + "explode", "").problem(400, "'explode' is not one of soft-reset, reboot");
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
                .until(() -> jdbc.sql("SELECT count(*) FROM charge_point_command WHERE charge_point_id = :cp"
                                        + " AND status = 'ACCEPTED'")
                                .param("cp", UUID.fromString(id))
                                .query(Long.class)
                                .single()
                        == 4);
        jdbc.sql("UPDATE charge_point_command SET requested_at = now() - interval '91 days'"
                        + " WHERE charge_point_id = :cp AND id <> :recent")
                .param("cp", UUID.fromString(id))
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
