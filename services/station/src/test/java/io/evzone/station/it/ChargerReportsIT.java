package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.ChargerNotification;
import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.DeviceModelReported;
import io.evzone.contracts.charger.DeviceModelReported.DeviceVariable;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What chargers report about themselves, through {@code /charge-points/{id}/device-model}, {@code /security-events},
 * {@code /firmware-history}, {@code /diagnostics-history} and {@code /events}, with the gateway played over Kafka.
 */
@StationIntegrationTest
class ChargerReportsIT {

    private final GatewayDouble gateway;
    private final Api operator;
    private final Api otherOrganization;
    private final Registry registry;

    @Autowired
    ChargerReportsIT(
            @LocalServerPort int port,
            EventPublisher publisher,
            JsonMapper json,
            @Value("${spring.kafka.bootstrap-servers}") String brokers) {
        this.gateway = new GatewayDouble(publisher, json, brokers);
        this.operator = new Api(
                port,
                json,
                TestTokens.withPermissions("org-rep", "stations.read", "stations.write", "charge_points.command"));
        this.otherOrganization = new Api(port, json, TestTokens.withPermissions("org-else", "stations.read"));
        this.registry = new Registry(operator);
    }

    @AfterEach
    void stopGateway() throws InterruptedException {
        gateway.close();
    }

    private String chargePoint(String ocppId) {
        String stationId = registry.station(0.32, 32.57).path("id").asString();
        return registry.chargePointAt(stationId, ocppId).path("id").asString();
    }

    /** The list at the path once it has {@code size} entries. */
    private JsonNode awaitList(String path, int size) {
        return await().atMost(GatewayDouble.PATIENCE)
                .until(() -> operator.get(path).ok(), list -> list.size() == size);
    }

    @Test
    void aNotifyReportAfterGetBaseReportShowsAsTheDeviceModel() {
        String ocppId = Registry.unique("DM");
        String id = chargePoint(ocppId);
        gateway.chargerEvent(
                ocppId,
                new DeviceModelReported(
                        ocppId,
                        3,
                        0,
                        false,
                        List.of(
                                new DeviceVariable(
                                        "EVSE",
                                        null,
                                        1,
                                        null,
                                        "Power",
                                        null,
                                        "Actual",
                                        "22000",
                                        "ReadOnly",
                                        "decimal",
                                        "W"),
                                new DeviceVariable(
                                        "SecurityCtrlr",
                                        null,
                                        null,
                                        null,
                                        "SecurityProfile",
                                        null,
                                        "Actual",
                                        "1",
                                        "ReadOnly",
                                        "integer",
                                        null),
                                new DeviceVariable(
                                        "OCPPCommCtrlr",
                                        null,
                                        null,
                                        null,
                                        "HeartbeatInterval",
                                        null,
                                        "Actual",
                                        "300",
                                        "ReadWrite",
                                        "integer",
                                        "s")),
                        Instant.now()));

        JsonNode model = awaitList("/api/v1/charge-points/" + id + "/device-model", 3);
        assertThat(Api.each(model, "component")).containsExactly("EVSE", "OCPPCommCtrlr", "SecurityCtrlr");
        assertThat(model.get(0).path("evseId").asInt()).isEqualTo(1);
        assertThat(model.get(0).path("value").asString()).isEqualTo("22000");
        assertThat(model.get(0).path("unit").asString()).isEqualTo("W");
        assertThat(Api.each(
                        operator.get("/api/v1/charge-points/" + id + "/device-model?component=EVSE")
                                .ok(),
                        "variable"))
                .containsExactly("Power");
        assertThat(operator.get("/api/v1/charge-points/" + id + "/device-model?limit=1&offset=1")
                        .ok())
                .hasSize(1);
        otherOrganization.get("/api/v1/charge-points/" + id + "/device-model").problem(404, "Charge point");
    }

    @Test
    void aOneSixChargersAnswerToGetConfigurationShowsItsKeys() {
        String ocppId = Registry.unique("CFG");
        String id = chargePoint(ocppId);
        var sent = operator.post("/api/v1/charge-points/" + id + "/commands/get-configuration", "{}");
        assertThat(sent.status()).as(sent.raw()).isEqualTo(202);
        String commandId = sent.body().path("commandId").asString();
        gateway.awaitCommand(commandId);

        gateway.completed(
                ocppId,
                commandId,
                "get-configuration",
                CommandStatus.ACCEPTED,
                Map.of(
                        "configurationKey",
                        List.of(
                                Map.of("key", "HeartbeatInterval", "readonly", false, "value", "300"),
                                Map.of("key", "NumberOfConnectors", "readonly", true, "value", "2")),
                        "unknownKey",
                        List.of()));

        JsonNode keys = awaitList("/api/v1/charge-points/" + id + "/device-model", 2);
        assertThat(Api.each(keys, "variable")).containsExactly("HeartbeatInterval", "NumberOfConnectors");
        assertThat(Api.each(keys, "mutability")).containsExactly("ReadWrite", "ReadOnly");
        assertThat(keys.get(0).path("component").isNull()).isTrue();
        assertThat(keys.get(0).path("value").asString()).isEqualTo("300");
    }

    @Test
    void securityEventsFirmwareDiagnosticsAndNotifyEventsEachHaveTheirHistory() {
        String ocppId = Registry.unique("REP");
        String id = chargePoint(ocppId);
        notify(ocppId, "SecurityEventNotification", "FirmwareUpdated", Map.of("techInfo", "v2"));
        notify(ocppId, "FirmwareStatusNotification", "Downloading", Map.of());
        notify(ocppId, "FirmwareStatusNotification", "Installed", Map.of());
        notify(ocppId, "DiagnosticsStatusNotification", "Uploaded", Map.of());
        notify(ocppId, "LogStatusNotification", "Uploading", Map.of("requestId", "4"));
        notify(ocppId, "NotifyEvent", null, Map.of("eventData", "[{\"trigger\":\"Alerting\"}]"));
        notify(ocppId, "DataTransfer", "x", Map.of());

        String base = "/api/v1/charge-points/" + id;
        JsonNode firmware = awaitList(base + "/firmware-history", 2);
        assertThat(Api.each(firmware, "status")).containsExactly("Installed", "Downloading");
        JsonNode security = awaitList(base + "/security-events", 1);
        assertThat(security.get(0).path("status").asString()).isEqualTo("FirmwareUpdated");
        assertThat(security.get(0).path("details").path("techInfo").asString()).isEqualTo("v2");
        assertThat(Api.each(awaitList(base + "/diagnostics-history", 2), "action"))
                .containsExactlyInAnyOrder("DiagnosticsStatusNotification", "LogStatusNotification");
        assertThat(awaitList(base + "/events", 1)
                        .get(0)
                        .path("details")
                        .path("eventData")
                        .asString())
                .contains("Alerting");
        assertThat(operator.get(base + "/firmware-history?limit=1").ok()).hasSize(1);
        otherOrganization.get(base + "/security-events").problem(404, "Charge point");
    }

    private final java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();

    private void notify(String ocppId, String action, String status, Map<String, String> details) {
        Instant at = Instant.parse("2026-12-08T00:00:00Z").plusSeconds(clock.incrementAndGet());
        gateway.chargerEvent(ocppId, new ChargerNotification(ocppId, action, status, details, at));
    }
}
