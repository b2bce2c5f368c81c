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

/** A station's IANA time zone is kept, shown and published, so billing reads its tariff bands in it. */
@StationIntegrationTest
class StationTimeZoneIT {

    private final GatewayDouble gateway;
    private final Api operator;

    @Autowired
    StationTimeZoneIT(
            @LocalServerPort int port,
            EventPublisher publisher,
            JsonMapper json,
            @Value("${spring.kafka.bootstrap-servers}") String brokers) {
        this.gateway = new GatewayDouble(publisher, json, brokers);
        this.operator = new Api(port, json, TestTokens.withPermissions("org-zone", "stations.read", "stations.write"));
    }

    @AfterEach
    void stopGateway() throws InterruptedException {
        gateway.close();
    }

    @Test
    void theTimeZoneIsKeptShownAndCarriedByStationCreatedAndStationUpdated() {
        JsonNode created = operator.post("/api/v1/stations", """
                        {"code":"%s","name":"Paris Bercy","latitude":48.84,"longitude":2.38,
                         "timeZone":"Europe/Paris"}""".formatted(Registry.unique("PAR")))
                .ok();
        String id = created.path("id").asString();
        JsonNode createdEvent = gateway.awaitStationEvent(
                "StationCreated", p -> id.equals(p.path("stationId").asString()));

        JsonNode updated = operator.patch("/api/v1/stations/" + id, "{\"timeZone\":\"Africa/Kampala\"}")
                .ok();
        JsonNode updatedEvent = gateway.awaitStationEvent(
                "StationUpdated", p -> id.equals(p.path("stationId").asString()));

        assertThat(created.path("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(createdEvent.path("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(updated.path("timeZone").asString()).isEqualTo("Africa/Kampala");
        assertThat(updatedEvent.path("timeZone").asString()).isEqualTo("Africa/Kampala");
        assertThat(operator.get("/api/v1/stations/" + id).ok().path("timeZone").asString())
                .isEqualTo("Africa/Kampala");
        operator.patch("/api/v1/stations/" + id, "{\"timeZone\":\"Mars/Olympus\"}")
                .problem(400, "timeZone");
    }
}
