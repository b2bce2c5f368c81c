package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Other services learn where a charge point is from station.events.v1, so every move is published. */
@StationIntegrationTest
class StationAssignmentEventsIT {

    private final GatewayDouble gateway;
    private final Api operator;
    private final Registry registry;

    @Autowired
    StationAssignmentEventsIT(
            @LocalServerPort int port,
            EventPublisher publisher,
            JsonMapper json,
            @Value("${spring.kafka.bootstrap-servers}") String brokers) {
        this.gateway = new GatewayDouble(publisher, json, brokers);
        this.operator = new Api(port, json, TestTokens.withPermissions("org-move", "stations.read", "stations.write"));
        this.registry = new Registry(operator);
    }

    @AfterEach
    void stopGateway() throws InterruptedException {
        gateway.close();
    }

    @Test
    void movingAChargePointToAnotherStationAndOffItPublishesEachNewAssignment() {
        String first = registry.station(0.31, 32.58).path("id").asString();
        String second = registry.station(0.32, 32.59).path("id").asString();
        String ocppId = Registry.unique("MOVE");
        String id = registry.chargePointAt(first, ocppId).path("id").asString();
        JsonNode provisioned = gateway.awaitStationEvent(
                "ChargePointProvisioned", p -> ocppId.equals(p.path("ocppId").asString()));
        assertThat(provisioned.path("stationId").asString()).isEqualTo(first);

        operator.patch("/api/v1/charge-points/" + id, "{\"stationId\":\"%s\"}".formatted(second))
                .ok();
        JsonNode moved = gateway.awaitStationEvent(
                "ChargePointStationChanged", p -> ocppId.equals(p.path("ocppId").asString()));
        operator.patch("/api/v1/charge-points/" + id, "{\"unassign\":true}").ok();
        JsonNode unassigned = gateway.awaitStationEvent(
                "ChargePointStationChanged", p -> ocppId.equals(p.path("ocppId").asString()) && stationOf(p) == null);
        operator.patch("/api/v1/charge-points/" + id, "{\"model\":\"Terra 184\"}")
                .ok();
        operator.patch("/api/v1/charge-points/" + id, "{\"stationId\":\"%s\"}".formatted(first))
                .ok();
        gateway.awaitStationEvent(
                "ChargePointStationChanged",
                p -> ocppId.equals(p.path("ocppId").asString())
                        && first.equals(p.path("stationId").asString()));

        assertThat(moved.path("chargePointId").asString()).isEqualTo(id);
        assertThat(moved.path("organizationId").asString()).isEqualTo("org-move");
        assertThat(moved.path("stationId").asString()).isEqualTo(second);
        assertThat(moved.path("previousStationId").asString()).isEqualTo(first);
        assertThat(unassigned.path("previousStationId").asString()).isEqualTo(second);
        assertThat(
                        gateway
                                .stationEvents(
                                        "ChargePointStationChanged",
                                        p -> ocppId.equals(p.path("ocppId").asString()))
                                .stream()
                                .map(p -> String.valueOf(stationOf(p)))
                                .toList())
                .as("the model change in between moved nothing and published no assignment")
                .containsExactly(second, "null", first);
    }

    private static String stationOf(JsonNode payload) {
        JsonNode station = payload.get("stationId");
        return station == null || station.isNull() ? null : station.asString();
    }
}
