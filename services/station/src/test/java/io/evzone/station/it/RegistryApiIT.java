package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestTokens;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@StationIntegrationTest
class RegistryApiIT {

    private final Api operatorA;
    private final Api operatorB;
    private final Api readerA;
    private final Api driver;
    private final Registry registryA;

    @Autowired
    RegistryApiIT(@LocalServerPort int port, JsonMapper json) {
        this.operatorA = new Api(port, json, TestTokens.withPermissions("org-a", "stations.read", "stations.write"));
        this.operatorB = new Api(port, json, TestTokens.withPermissions("org-b", "stations.read", "stations.write"));
        this.readerA = new Api(port, json, TestTokens.withPermissions("org-a", "stations.read"));
        this.driver = new Api(port, json, TestTokens.withPermissions(null, "sessions.own"));
        this.registryA = new Registry(operatorA);
    }

    @Test
    void anOperatorCannotReadOrChangeAnotherOrganizationsChargersOrStations() {
        String stationId = registryA.station(0.35, 32.6).path("id").asString();
        String ocppId = Registry.unique("ORG-A");
        String id = registryA.chargePointAt(stationId, ocppId).path("id").asString();

        operatorB.get("/api/v1/charge-points/" + id).problem(404, id);
        operatorB.get("/api/v1/charge-points/by-ocpp/" + ocppId).problem(404, ocppId);
        operatorB.patch("/api/v1/charge-points/" + id, "{\"model\":\"stolen\"}").problem(404, id);
        operatorB.delete("/api/v1/charge-points/" + id).problem(404, id);
        operatorB
                .post("/api/v1/charge-points/" + id + "/credentials/rotate", "")
                .problem(404, id);
        operatorB.get("/api/v1/charge-points/" + id + "/connectors").problem(404, id);
        operatorB.get("/api/v1/stations/" + stationId + "/stats").problem(404, stationId);
        operatorB.patch("/api/v1/stations/" + stationId, "{\"name\":\"mine\"}").problem(404, stationId);
        operatorB
                .post(
                        "/api/v1/charge-points",
                        "{\"ocppId\":\"%s\",\"stationId\":\"%s\"}".formatted(Registry.unique("B"), stationId))
                .problem(400, "stationId");
        assertThat(operatorB.get("/api/v1/charge-points?limit=200").ok().findValuesAsString("ocppId"))
                .doesNotContain(ocppId);
        assertThat(operatorA
                        .get("/api/v1/charge-points/" + id)
                        .ok()
                        .path("ocppId")
                        .asString())
                .isEqualTo(ocppId);
        assertThat(operatorA
                        .get("/api/v1/charge-points?stationId=" + stationId)
                        .ok()
                        .size())
                .isEqualTo(1);
    }

    @Test
    void anotherOrganizationCannotRegisterATwinWhoseOcppIdDiffersOnlyInCase() {
        String ocppId = Registry.unique("Twin-Cp");
        operatorA.post("/api/v1/charge-points", profile1(ocppId)).ok();

        operatorB
                .post("/api/v1/charge-points", profile1(ocppId.toLowerCase(Locale.ROOT)))
                .problem(409, "ocppId");
        operatorB
                .post("/api/v1/charge-points", profile1(ocppId.toUpperCase(Locale.ROOT)))
                .problem(409, "ocppId");

        String byAnySpelling = "/api/v1/charge-points?ocppId=" + ocppId.toLowerCase(Locale.ROOT);
        assertThat(Api.each(operatorA.get(byAnySpelling).ok(), "ocppId")).containsExactly(ocppId);
        assertThat(operatorB.get(byAnySpelling).ok().size()).isZero();
    }

    private static String profile1(String ocppId) {
        return "{\"ocppId\":\"%s\",\"authProfile\":1}".formatted(ocppId);
    }

    @Test
    void severalChargersAreLookedUpByOcppIdInOneRequestWithinTheOrganization() {
        String first = Registry.unique("MANY");
        String second = Registry.unique("MANY");
        String stationId = registryA.station(0.31, 32.58).path("id").asString();
        registryA.chargePointAt(stationId, first);
        registryA.chargePointAt(stationId, second);
        registryA.chargePointAt(stationId, Registry.unique("MANY"));
        String query = "/api/v1/charge-points?ocppId=%s&ocppId=%s&ocppId=UNKNOWN-%s"
                .formatted(first, second, UUID.randomUUID());

        assertThat(operatorA.get(query).ok().findValuesAsString("ocppId")).containsExactlyInAnyOrder(first, second);
        assertThat(operatorB.get(query).ok().size())
                .as("another organization's chargers")
                .isZero();
        String tooMany = "/api/v1/charge-points?" + "ocppId=X&".repeat(201);
        operatorA.get(tooMany).problem(400, "ocppId");
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() {
        operatorA.get("/api/v1/charge-points/" + UUID.randomUUID()).problem(404, "not found");
        operatorA.get("/api/v1/stations/" + UUID.randomUUID()).problem(404, "not found");
        operatorA.get("/api/v1/sites/" + UUID.randomUUID()).problem(404, "not found");
        operatorA
                .post("/api/v1/stations", "{\"code\":\"X1\",\"name\":\"n\",\"latitude\":91,\"longitude\":10}")
                .problem(400, "latitude");
        operatorA
                .post("/api/v1/stations", "{\"code\":\"X1\",\"name\":\"n\",\"latitude\":1}")
                .problem(400, "longitude");
        operatorA
                .post(
                        "/api/v1/stations",
                        "{\"code\":\"X1\",\"name\":\"n\",\"latitude\":1,\"longitude\":2,\"colour\":1}")
                .problem(400, "colour");
        operatorA.post("/api/v1/charge-points", "{\"ocppId\":\"bad/id\"}").problem(400, "ocppId");
        operatorA
                .post("/api/v1/charge-points", "{\"ocppId\":\"CP-V\",\"ocppVersion\":\"3.0\"}")
                .problem(400, "ocppVersion");
        operatorA.post("/api/v1/charge-points", """
                        {"ocppId":"CP-T","connectors":[{"type":"Schuko","powerType":"AC","maxPowerKw":3}]}""").problem(400, "type");
        operatorA.get("/api/v1/stations/nearby?lat=0&lng=32&radius=5000").problem(400, "radius");
        operatorA.get("/api/v1/stations?north=1&south=0").problem(400, "north");

        String ocppId = Registry.unique("DUP");
        operatorA
                .post("/api/v1/charge-points", "{\"ocppId\":\"" + ocppId + "\"}")
                .ok();
        operatorB
                .post("/api/v1/charge-points", "{\"ocppId\":\"" + ocppId + "\"}")
                .problem(409, ocppId);
        String code = Registry.unique("DUP");
        operatorA
                .post("/api/v1/stations", "{\"code\":\"" + code + "\",\"name\":\"n\",\"latitude\":1,\"longitude\":2}")
                .ok();
        operatorA
                .post("/api/v1/stations", "{\"code\":\"" + code + "\",\"name\":\"n\",\"latitude\":1,\"longitude\":2}")
                .problem(409, code);
        assertThat(operatorB
                        .post(
                                "/api/v1/stations",
                                "{\"code\":\"" + code + "\",\"name\":\"n\",\"latitude\":1,\"longitude\":2}")
                        .status())
                .as("codes are unique per organization")
                .isEqualTo(201);
    }

    @Test
    void writesNeedStationsWriteAndChargerReadsNeedStationsRead() {
        readerA.post("/api/v1/stations", "{\"code\":\"R1\",\"name\":\"n\",\"latitude\":1,\"longitude\":2}")
                .problem(403, "permission");
        driver.get("/api/v1/charge-points").problem(403, "permission");
        driver.post("/api/v1/charge-points", "{\"ocppId\":\"DRV\"}").problem(403, "permission");
    }

    @Test
    void driversSeeActiveStationsOfEveryOrganizationWithoutOcppIdsAndFindThemNearby() {
        JsonNode station = registryA.station(-1.2921, 36.8219);
        String stationId = station.path("id").asString();
        String ocppId = Registry.unique("PUB");
        registryA.chargePointAt(stationId, ocppId);
        JsonNode closed = registryA.station(-1.2925, 36.8225);
        operatorA
                .patch("/api/v1/stations/" + closed.path("id").asString(), "{\"status\":\"INACTIVE\"}")
                .ok();

        JsonNode nearby = driver.get("/api/v1/stations/nearby?lat=-1.29&lng=36.82&radius=2")
                .ok();

        assertThat(Api.each(nearby, "id"))
                .contains(stationId)
                .doesNotContain(closed.path("id").asString());
        JsonNode found = driver.get("/api/v1/stations/" + stationId).ok();
        assertThat(found.path("location").path("lat").asDouble()).isEqualTo(-1.2921);
        assertThat(found.path("availability").path("total").asInt()).isEqualTo(2);
        assertThat(found.path("connectors").findValuesAsString("type")).containsExactly("Type2", "CCS2");
        assertThat(found.path("connectors").get(1).path("power").asInt()).isEqualTo(50);
        assertThat(found.path("chargePoints").get(0).path("ocppId").isNull()).isTrue();
        assertThat(found.path("price").isNumber()).isTrue();
        assertThat(found.path("price").decimalValue()).isEqualByComparingTo("1200");
        assertThat(found.path("bookingFee").decimalValue()).isEqualByComparingTo("2000");
        assertThat(found.path("currency").asString()).isEqualTo("UGX");
        driver.get("/api/v1/stations/" + closed.path("id").asString()).problem(404, "not found");
        assertThat(nearby.get(0).path("distanceKm").asDouble()).isLessThan(2);
        assertThat(operatorA
                        .get("/api/v1/stations/" + stationId)
                        .ok()
                        .path("chargePoints")
                        .get(0)
                        .path("ocppId")
                        .asString())
                .isEqualTo(ocppId);
    }

    @Test
    void stationsAreListedInABoundingBoxAndByTextAndTheirStatsCountConnectors() {
        String stationId = registryA.station(10.5, -170.25).path("id").asString();
        registryA.chargePointAt(stationId, Registry.unique("BOX"));

        assertThat(Api.each(
                        operatorA
                                .get("/api/v1/stations?north=11&south=10&east=-170&west=-171")
                                .ok(),
                        "id"))
                .containsExactly(stationId);
        assertThat(operatorA
                        .get("/api/v1/stations?north=11&south=10&east=-171&west=-172")
                        .ok()
                        .size())
                .isZero();
        assertThat(operatorA.get("/api/v1/stations?q=Kampala&limit=1").ok().size())
                .isEqualTo(1);
        JsonNode stats =
                operatorA.get("/api/v1/stations/" + stationId + "/stats").ok();
        assertThat(stats.path("chargePoints").asInt()).isEqualTo(1);
        assertThat(stats.path("connectorStatuses").path("UNKNOWN").asInt()).isEqualTo(2);
        operatorA.delete("/api/v1/stations/" + stationId).problem(409, "charge points");
    }

    @Test
    void sitesHoldStationsAndCountTheirEquipment() {
        JsonNode site = operatorA.post("/api/v1/sites", """
                        {"name":"Acacia Mall","city":"Kampala","country":"ug","address":"Kisementi",
                         "latitude":0.335,"longitude":32.59,"timeZone":"Africa/Kampala","powerCapacityKw":400,
                         "parkingBays":12,"amenities":["toilets"],"photos":[],"openingHours":"Mo-Su 08:00-22:00"}""").ok();
        String siteId = site.path("id").asString();
        assertThat(site.path("country").asString()).isEqualTo("UG");
        String stationId = operatorA
                .post("/api/v1/stations", """
                        {"code":"%s","name":"Acacia P1","latitude":0.335,"longitude":32.59,"siteId":"%s"}""".formatted(Registry.unique("ACA"), siteId))
                .ok()
                .path("id")
                .asString();
        registryA.chargePointAt(stationId, Registry.unique("ACA"));

        JsonNode stats = operatorA.get("/api/v1/sites/" + siteId + "/stats").ok();

        assertThat(stats.path("stations").asInt()).isEqualTo(1);
        assertThat(stats.path("chargePoints").asInt()).isEqualTo(1);
        assertThat(stats.path("connectors").path("total").asInt()).isEqualTo(2);
        assertThat(stats.path("installedPowerKw").asDouble()).isEqualTo(72.0);
        assertThat(operatorA
                        .patch("/api/v1/sites/" + siteId, "{\"parkingBays\":14}")
                        .ok()
                        .path("parkingBays")
                        .asInt())
                .isEqualTo(14);
        operatorA
                .patch("/api/v1/sites/" + siteId, "{\"timeZone\":\"Mars/Olympus\"}")
                .problem(400, "timeZone");
        operatorB.get("/api/v1/sites/" + siteId).problem(404, siteId);
        operatorB.post("/api/v1/stations", """
                        {"code":"B-1","name":"n","latitude":1,"longitude":2,"siteId":"%s"}""".formatted(siteId)).problem(400, "siteId");
        operatorA.delete("/api/v1/sites/" + siteId).problem(409, "stations");
    }
}
