package io.evzone.station.it;

import static io.evzone.contracts.charger.ConnectorStatus.AVAILABLE;
import static io.evzone.contracts.charger.ConnectorStatus.CHARGING;
import static io.evzone.contracts.charger.ConnectorStatus.FAULTED;
import static io.evzone.contracts.charger.ConnectorStatus.PREPARING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@StationIntegrationTest
class LiveStatusIT {

    private static final Logger log = LoggerFactory.getLogger(LiveStatusIT.class);

    private final GatewayDouble gateway;
    private final Api operator;
    private final Registry registry;

    @Autowired
    LiveStatusIT(
            @LocalServerPort int port,
            EventPublisher publisher,
            JsonMapper json,
            @Value("${spring.kafka.bootstrap-servers}") String brokers) {
        this.gateway = new GatewayDouble(publisher, json, brokers);
        this.operator = new Api(port, json, TestTokens.withPermissions("org-live", "stations.read", "stations.write"));
        this.registry = new Registry(operator);
    }

    @AfterEach
    void stopGateway() throws InterruptedException {
        gateway.close();
    }

    @Test
    void statusChangesShowOnTheConnectorsInTheHistoryAndInTheStationsAvailability() {
        String stationId = registry.station(0.3136, 32.5811).path("id").asString();
        String ocppId = Registry.unique("LIVE");
        JsonNode cp = registry.chargePointAt(stationId, ocppId);
        assertThat(station(stationId).path("availability").path("offline").asInt())
                .as("a charger that never connected")
                .isEqualTo(2);

        gateway.connected(ocppId);
        gateway.status(ocppId, 1, AVAILABLE);
        gateway.status(ocppId, 2, CHARGING);

        awaitAvailability(stationId, 2, 1, 1, 0);
        JsonNode connectors = operator.get(
                        "/api/v1/charge-points/" + cp.path("id").asString() + "/connectors")
                .ok();
        assertThat(connectors.findValuesAsString("status")).containsExactly("AVAILABLE", "CHARGING");
        assertThat(connectors.get(0).path("type").asString()).isEqualTo("Type2");
        JsonNode view = station(stationId);
        assertThat(view.path("connectors").findValuesAsString("status")).containsExactly("AVAILABLE", "CHARGING");
        assertThat(view.path("chargePoints").get(0).path("online").asBoolean()).isTrue();
        gateway.awaitStationEvent(
                "ChargerWentOnline", p -> ocppId.equals(p.path("ocppId").asString()));

        gateway.status(ocppId, 1, FAULTED);

        JsonNode fault = gateway.awaitStationEvent(
                "ConnectorFaulted", p -> ocppId.equals(p.path("ocppId").asString()));
        assertThat(fault.path("errorCode").asString()).isEqualTo("GroundFailure");
        assertThat(fault.path("stationId").asString()).isEqualTo(stationId);
        assertThat(fault.path("organizationId").asString()).isEqualTo("org-live");
        awaitAvailability(stationId, 2, 0, 1, 1);
        String connectorId = connectors.get(0).path("id").asString();
        JsonNode history = operator.get(
                        "/api/v1/charge-points/" + cp.path("id").asString() + "/connectors/" + connectorId + "/history")
                .ok();
        assertThat(history.findValuesAsString("status")).containsExactly("FAULTED", "AVAILABLE");
        assertThat(gateway.stationEvents(
                        "ConnectorStatusChanged",
                        p -> ocppId.equals(p.path("ocppId").asString())))
                .hasSize(3);
    }

    @Test
    void aConnectionThatAReconnectToAnotherNodeReplacedEndsWithoutTakingTheChargerOffline() {
        String ocppId = Registry.unique("MOVE");
        String id = operator.post("/api/v1/charge-points", "{\"ocppId\":\"" + ocppId + "\"}")
                .ok()
                .path("id")
                .asString();
        Instant onNodeA = gateway.connected(ocppId, "node-a");
        await().atMost(GatewayDouble.PATIENCE).until(() -> online(id));

        Instant onNodeB = gateway.connected(ocppId, "node-b");
        // node-a finds its half-open connection dead only at its ping timeout, after node-b took the charger.
        gateway.disconnected(ocppId, onNodeA);
        gateway.status(ocppId, 1, AVAILABLE);

        await().atMost(GatewayDouble.PATIENCE)
                .until(() -> operator.get("/api/v1/charge-points/" + id + "/connectors")
                        .ok()
                        .findValuesAsString("status")
                        .contains("AVAILABLE"));
        assertThat(online(id)).isTrue();
        assertThat(gateway.stationEvents(
                        "ChargerWentOffline",
                        p -> ocppId.equals(p.path("ocppId").asString())))
                .isEmpty();

        gateway.disconnected(ocppId, onNodeB);
        await().atMost(GatewayDouble.PATIENCE).until(() -> !online(id));
    }

    @Test
    void aConnectorFirstKnownFromItsStatusReportIsCreated() {
        String ocppId = Registry.unique("DISC");
        JsonNode cp = operator.post("/api/v1/charge-points", "{\"ocppId\":\"" + ocppId + "\"}")
                .ok();

        gateway.status(ocppId, 3, AVAILABLE);

        String path = "/api/v1/charge-points/" + cp.path("id").asString() + "/connectors";
        await().atMost(GatewayDouble.PATIENCE)
                .until(() -> operator.get(path).ok().size() == 1);
        JsonNode connector = operator.get(path).ok().get(0);
        assertThat(connector.path("evseId").asInt()).isEqualTo(3);
        assertThat(connector.path("status").asString()).isEqualTo("AVAILABLE");
        assertThat(connector.path("type").isNull()).isTrue();

        JsonNode described = operator.patch(
                        path + "/" + connector.path("id").asString(),
                        "{\"type\":\"CHAdeMO\",\"powerType\":\"DC\",\"maxPowerKw\":62.5}")
                .ok();
        assertThat(described.path("type").asString()).isEqualTo("CHAdeMO");
    }

    @Test
    void aChargerThatStopsHeartbeatingTurnsOffline() {
        String ocppId = Registry.unique("SILENT");
        String id = operator.post("/api/v1/charge-points", "{\"ocppId\":\"" + ocppId + "\"}")
                .ok()
                .path("id")
                .asString();
        gateway.heartbeat(ocppId);
        await().atMost(GatewayDouble.PATIENCE).until(() -> online(id));
        long silentSince = System.nanoTime();

        await().atMost(GatewayDouble.PATIENCE)
                .pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> !online(id));

        log.info(
                "Silent charger turned offline after {} ms (2 x 3 s heartbeat, 250 ms sweep)",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - silentSince));
        JsonNode offline = gateway.awaitStationEvent(
                "ChargerWentOffline", p -> ocppId.equals(p.path("ocppId").asString()));
        assertThat(offline.path("reason").asString()).isEqualTo("silent");
        assertThat(operator.get("/api/v1/charge-points?online=false&limit=200")
                        .ok()
                        .findValuesAsString("ocppId"))
                .contains(ocppId);
    }

    @Test
    void aBootTheGatewayAnsweredItselfIsRecordedWithItsHardwareAndBringsTheChargerOnline() {
        String ocppId = Registry.unique("REBOOT");
        String id = operator.post("/api/v1/charge-points", "{\"ocppId\":\"" + ocppId + "\"}")
                .ok()
                .path("id")
                .asString();

        gateway.booted(ocppId, "Model-X", "2.4.1");

        await().atMost(GatewayDouble.PATIENCE).untilAsserted(() -> {
            JsonNode cp = operator.get("/api/v1/charge-points/" + id).ok();
            assertThat(cp.path("online").asBoolean()).isTrue();
            assertThat(cp.path("model").asString()).isEqualTo("Model-X");
            assertThat(cp.path("firmwareVersion").asString()).isEqualTo("2.4.1");
        });
    }

    @Test
    void aDisconnectionTakesTheChargerOfflineAtOnce() {
        String ocppId = Registry.unique("DROP");
        String id = operator.post("/api/v1/charge-points", "{\"ocppId\":\"" + ocppId + "\"}")
                .ok()
                .path("id")
                .asString();
        gateway.connected(ocppId);
        await().atMost(GatewayDouble.PATIENCE).until(() -> online(id));

        gateway.disconnected(ocppId);

        await().atMost(Duration.ofSeconds(5)).until(() -> !online(id));
        JsonNode offline = gateway.awaitStationEvent(
                "ChargerWentOffline", p -> ocppId.equals(p.path("ocppId").asString()));
        assertThat(offline.path("reason").asString()).isEqualTo("disconnected: closed by charger");
    }

    @Test
    void theStationViewAndTheChargePointViewShowTheSameStatusForAConnector() {
        String stationId = registry.station(0.3137, 32.5812).path("id").asString();
        String ocppId = Registry.unique("SAME");
        String id = registry.chargePointAt(stationId, ocppId).path("id").asString();
        gateway.connected(ocppId);
        gateway.status(ocppId, 1, PREPARING);
        gateway.status(ocppId, 2, AVAILABLE);

        await().atMost(GatewayDouble.PATIENCE)
                .untilAsserted(() -> assertThat(bothViews(stationId, id)).containsExactly("PREPARING", "PREPARING"));
        assertThat(operator.get("/api/v1/charge-points/" + id)
                        .ok()
                        .path("status")
                        .asString())
                .isEqualTo("CHARGING");

        gateway.disconnected(ocppId);

        await().atMost(GatewayDouble.PATIENCE)
                .untilAsserted(() -> assertThat(bothViews(stationId, id)).containsExactly("OFFLINE", "OFFLINE"));
        JsonNode cp = operator.get("/api/v1/charge-points/" + id).ok();
        assertThat(cp.path("status").asString()).isEqualTo("OFFLINE");
        assertThat(cp.path("connectors").get(0).path("reportedStatus").asString())
                .isEqualTo("PREPARING");
    }

    /** Connector 1's status in the station view, then in the charge point view. */
    private List<String> bothViews(String stationId, String chargePointId) {
        JsonNode inStation = station(stationId).path("connectors").get(0);
        JsonNode inChargePoint = operator.get("/api/v1/charge-points/" + chargePointId)
                .ok()
                .path("connectors")
                .get(0);
        assertThat(inStation.path("id").asString())
                .isEqualTo(inChargePoint.path("id").asString());
        return List.of(
                inStation.path("status").asString(),
                inChargePoint.path("status").asString());
    }

    private boolean online(String id) {
        return operator.get("/api/v1/charge-points/" + id).ok().path("online").asBoolean();
    }

    private JsonNode station(String id) {
        return operator.get("/api/v1/stations/" + id).ok();
    }

    private void awaitAvailability(String stationId, int total, int available, int busy, int offline) {
        await().atMost(GatewayDouble.PATIENCE)
                .pollInterval(50, TimeUnit.MILLISECONDS)
                .untilAsserted(() -> {
                    JsonNode availability = station(stationId).path("availability");
                    assertThat(availability.path("total").asInt()).isEqualTo(total);
                    assertThat(availability.path("available").asInt()).isEqualTo(available);
                    assertThat(availability.path("busy").asInt()).isEqualTo(busy);
                    assertThat(availability.path("offline").asInt()).isEqualTo(offline);
                });
    }
}
