package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.ChargerPasswordHash;
import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
class AutoProvisioningIT {

    private static final Logger log = LoggerFactory.getLogger(AutoProvisioningIT.class);

    private final GatewayDouble gateway;
    private final Api admin;
    private final Api operator;

    @Autowired
    AutoProvisioningIT(
            @LocalServerPort int port,
            EventPublisher publisher,
            JsonMapper json,
            @Value("${spring.kafka.bootstrap-servers}") String brokers) {
        this.gateway = new GatewayDouble(publisher, json, brokers);
        this.admin = new Api(port, json, TestTokens.platformAdmin());
        this.operator = new Api(port, json, TestTokens.withPermissions("org-auto", "stations.read", "stations.write"));
    }

    @AfterEach
    void stopGateway() throws InterruptedException {
        admin.put("/api/v1/charge-points/provisioning-policy", "{\"unknownChargers\":null}")
                .ok();
        gateway.close();
    }

    @Test
    void anUnknownChargerThatBootsIsAcceptedAndListedWithItsVendorAndModelWithinASecond() {
        // Warm-up: the first question also waits for the listener to join its consumer group.
        gateway.awaitAnswer(gateway.boot(Registry.unique("WARM"), "Warm", "Up", "1.0"));
        String ocppId = Registry.unique("AUTO");

        long start = System.nanoTime();
        String questionId = gateway.boot(ocppId, "Kempower", "S-Series", "1.4.2");
        JsonNode answer = gateway.awaitAnswer(questionId);
        long answeredMs = elapsedMs(start);
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(20, TimeUnit.MILLISECONDS)
                .until(() -> listed(ocppId) != null);
        long listedMs = elapsedMs(start);
        log.info("Unknown charger boot: answered after {} ms, listed after {} ms", answeredMs, listedMs);

        assertThat(answer.path("ocppId").asString()).isEqualTo(ocppId);
        assertThat(answer.path("replyTo").asString()).isEqualTo("gateway-test-node");
        assertThat(answer.path("answer").path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(answer.path("answer").path("heartbeatIntervalSeconds").asInt())
                .isEqualTo(3);
        JsonNode listed = listed(ocppId);
        assertThat(listed.path("manufacturer").asString()).isEqualTo("Kempower");
        assertThat(listed.path("model").asString()).isEqualTo("S-Series");
        assertThat(listed.path("firmwareVersion").asString()).isEqualTo("1.4.2");
        assertThat(listed.path("registrationStatus").asString()).isEqualTo("ACCEPTED");
        assertThat(listed.path("online").asBoolean()).isTrue();
        assertThat(listedMs)
                .as("generous bound for slow CI; the measured latency is logged")
                .isLessThan(5_000);
        JsonNode registered = gateway.awaitStationEvent(
                "ChargerRegistered", p -> ocppId.equals(p.path("ocppId").asString()));
        assertThat(registered.path("securityProfile").asInt()).isZero();
        assertThat(registered.path("heartbeatIntervalSeconds").asInt())
                .as("lets the gateway answer the next boots itself")
                .isEqualTo(3);
        gateway.awaitStationEvent(
                "ChargePointProvisioned", p -> ocppId.equals(p.path("ocppId").asString()));
    }

    @Test
    void aQuestionPastItsDeadlineStillProvisionsAnUnknownChargerButIsNotAnswered() {
        String ocppId = Registry.unique("LATE");
        String late =
                gateway.boot(ocppId, "ABB", "Terra AC", "1.0.0", Instant.now().minusSeconds(1));

        JsonNode registered = gateway.awaitStationEvent(
                "ChargerRegistered", p -> ocppId.equals(p.path("ocppId").asString()));
        assertThat(registered.path("registration").asString()).isEqualTo("ACCEPTED");
        String onTime = gateway.boot(ocppId, "ABB", "Terra AC", "1.0.0");
        assertThat(gateway.awaitAnswer(onTime).path("answer").path("status").asString())
                .isEqualTo("ACCEPTED");
        assertThat(gateway.answer(late)).as("the gateway has long answered it").isEmpty();
    }

    @Test
    void aKnownChargerKeepsItsRecordAndGetsItsBootDataUpdated() {
        String ocppId = Registry.unique("KNOWN");
        gateway.awaitAnswer(gateway.boot(ocppId, "ABB", "Terra AC", "1.0.0"));

        JsonNode answer = gateway.awaitAnswer(gateway.boot(ocppId, "ABB", "Terra AC", "1.1.0"));

        assertThat(answer.path("answer").path("status").asString()).isEqualTo("ACCEPTED");
        await().atMost(GatewayDouble.PATIENCE)
                .until(() ->
                        "1.1.0".equals(listed(ocppId).path("firmwareVersion").asString()));
        assertThat(admin.get("/api/v1/charge-points?unassigned=true&limit=200").ok().findValues("ocppId").stream()
                        .filter(id -> id.asString().equals(ocppId))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aPendingChargerIsAcceptedAtItsNextBootAfterApproval() {
        admin.put("/api/v1/charge-points/provisioning-policy", "{\"unknownChargers\":\"PENDING\"}")
                .ok();
        String ocppId = Registry.unique("PEND");

        JsonNode first = gateway.awaitAnswer(gateway.boot(ocppId, "Alfen", "Eve", "5.0"));
        assertThat(first.path("answer").path("status").asString()).isEqualTo("PENDING");
        assertThat(first.path("answer").path("heartbeatIntervalSeconds").asInt())
                .as("the wait before the next boot")
                .isEqualTo(1);
        JsonNode pending = admin.get("/api/v1/charge-points/by-ocpp/" + ocppId).ok();
        assertThat(pending.path("registrationStatus").asString()).isEqualTo("PENDING");
        assertThat(admin.get("/api/v1/charge-points?status=PENDING&limit=200")
                        .ok()
                        .findValuesAsString("ocppId"))
                .contains(ocppId);

        JsonNode approved = admin.post(
                        "/api/v1/charge-points/" + pending.path("id").asString() + "/approve", "")
                .ok();
        assertThat(approved.path("registrationStatus").asString()).isEqualTo("ACCEPTED");

        JsonNode next = gateway.awaitAnswer(gateway.boot(ocppId, "Alfen", "Eve", "5.0"));
        assertThat(next.path("answer").path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(gateway.stationEvents(
                        "ChargerRegistered",
                        p -> ocppId.equals(p.path("ocppId").asString())
                                && "ACCEPTED".equals(p.path("registration").asString())))
                .hasSize(1);
    }

    @Test
    void eachPolicyChangeIsAnnouncedForTheGatewayWithTheRegistrationOfNewChargers() {
        admin.put("/api/v1/charge-points/provisioning-policy", "{\"unknownChargers\":\"PENDING\"}")
                .ok();
        gateway.awaitStationEvent(
                "UnknownChargerPolicyChanged",
                p -> "PENDING".equals(p.path("newChargers").asString()));

        admin.put("/api/v1/charge-points/provisioning-policy", "{\"unknownChargers\":\"REJECT\"}")
                .ok();
        gateway.awaitStationEvent(
                "UnknownChargerPolicyChanged", p -> p.path("newChargers").isNull());

        admin.put("/api/v1/charge-points/provisioning-policy", "{\"unknownChargers\":null}")
                .ok();
        JsonNode accepting = gateway.awaitStationEvent(
                "UnknownChargerPolicyChanged",
                p -> "ACCEPTED".equals(p.path("newChargers").asString()));
        assertThat(accepting.path("heartbeatIntervalSeconds").asInt())
                .as("the interval an accepted charger is told")
                .isEqualTo(3);
    }

    @Test
    void aBootUnderAnotherSpellingOfAProvisionedChargerLandsOnItsRecordAndCreatesNoTwin() {
        admin.put("/api/v1/charge-points/provisioning-policy", "{\"unknownChargers\":\"ACCEPT\"}")
                .ok();
        String ocppId = Registry.unique("Spelled-Cp");
        String id = operator.post("/api/v1/charge-points", "{\"ocppId\":\"%s\",\"authProfile\":1}".formatted(ocppId))
                .ok()
                .path("id")
                .asString();

        gateway.awaitAnswer(gateway.boot(ocppId.toLowerCase(Locale.ROOT), "ABB", "Terra AC", "2.0.0"));
        gateway.booted(ocppId.toUpperCase(Locale.ROOT), "Terra AC", "2.0.1");

        await().atMost(GatewayDouble.PATIENCE)
                .until(() -> "2.0.1"
                        .equals(operator.get("/api/v1/charge-points/" + id)
                                .ok()
                                .path("firmwareVersion")
                                .asString()));
        assertThat(Api.each(admin.get("/api/v1/charge-points?ocppId=" + ocppId).ok(), "ocppId"))
                .containsExactly(ocppId);
    }

    @Test
    void aNewChargerTheGatewayAcceptedItselfIsRecordedFromItsBoot() {
        String ocppId = Registry.unique("SELF");

        gateway.booted(ocppId, "Self-Accepted", "3.1");

        JsonNode registered = gateway.awaitStationEvent(
                "ChargerRegistered", p -> ocppId.equals(p.path("ocppId").asString()));
        assertThat(registered.path("registration").asString()).isEqualTo("ACCEPTED");
        await().atMost(Duration.ofSeconds(10)).until(() -> listed(ocppId) != null);
        JsonNode listed = listed(ocppId);
        assertThat(listed.path("model").asString()).isEqualTo("Self-Accepted");
        assertThat(listed.path("firmwareVersion").asString()).isEqualTo("3.1");
        assertThat(listed.path("online").asBoolean()).isTrue();
    }

    @Test
    void aStormOfNewChargersWhoseEventsArriveTogetherIsRecordedWhole() {
        List<String> ids = IntStream.range(0, 40)
                .mapToObj(i -> Registry.unique("STORM" + i))
                .toList();

        gateway.burst(() -> ids.forEach(ocppId -> {
            gateway.connected(ocppId);
            gateway.booted(ocppId, "Storm", "2.0");
            gateway.status(ocppId, 1, ConnectorStatus.AVAILABLE);
            gateway.status(ocppId, 2, ConnectorStatus.AVAILABLE);
            gateway.status(ocppId, 1, ConnectorStatus.CHARGING);
            gateway.heartbeat(ocppId);
        }));

        await().atMost(GatewayDouble.PATIENCE).until(() -> listedOnline(ids) == ids.size());
        for (String ocppId : ids) {
            String id = listed(ocppId).path("id").asString();
            JsonNode connectors =
                    admin.get("/api/v1/charge-points/" + id + "/connectors").ok();
            assertThat(connectors.findValuesAsString("status")).as(ocppId).containsExactly("CHARGING", "AVAILABLE");
            JsonNode history = admin.get("/api/v1/charge-points/" + id + "/connectors/"
                            + connectors.get(0).path("id").asString() + "/history")
                    .ok();
            assertThat(history.findValuesAsString("status")).containsExactly("CHARGING", "AVAILABLE");
        }
        await().atMost(GatewayDouble.PATIENCE)
                .until(() -> gateway.stationEvents(
                                        "ConnectorStatusChanged",
                                        p -> ids.contains(p.path("ocppId").asString()))
                                .size()
                        == 3 * ids.size());
        assertThat(gateway.stationEvents(
                        "ChargePointProvisioned",
                        p -> ids.contains(p.path("ocppId").asString())))
                .hasSize(ids.size());
        assertThat(gateway.stationEvents(
                        "ChargerWentOnline", p -> ids.contains(p.path("ocppId").asString())))
                .as("once each: the boot brought it online, the statuses found it online")
                .hasSize(ids.size());
    }

    @Test
    void aBootTheGatewayAcceptedAfterThePolicyChangedIsRecordedAsTheStationsPolicySays() {
        admin.put("/api/v1/charge-points/provisioning-policy", "{\"unknownChargers\":\"PENDING\"}")
                .ok();
        String ocppId = Registry.unique("STALE");

        gateway.booted(ocppId, "Stale-Policy", "1.0");

        JsonNode registered = gateway.awaitStationEvent(
                "ChargerRegistered", p -> ocppId.equals(p.path("ocppId").asString()));
        assertThat(registered.path("registration").asString())
                .as("its next boot is answered Pending from this registration")
                .isEqualTo("PENDING");
    }

    @Test
    void underTheRejectPolicyAnUnknownChargerIsRejectedAndNotRecorded() {
        admin.put("/api/v1/charge-points/provisioning-policy", "{\"unknownChargers\":\"REJECT\"}")
                .ok();
        String ocppId = Registry.unique("REJ");

        JsonNode answer = gateway.awaitAnswer(gateway.boot(ocppId, "Noname", "X", "0.1"));

        assertThat(answer.path("answer").path("status").asString()).isEqualTo("REJECTED");
        admin.get("/api/v1/charge-points/by-ocpp/" + ocppId).problem(404, ocppId);
    }

    @Test
    void provisioningPublishesAChargerRegisteredWhoseHashMatchesTheOneTimePassword() {
        String ocppId = Registry.unique("PROV");
        JsonNode created =
                operator.post("/api/v1/charge-points", """
                        {"ocppId":"%s","manufacturer":"Wallbox","model":"Pulsar","ocppVersion":"2.0.1","authProfile":2}""".formatted(ocppId)).ok();
        JsonNode credentials = created.path("ocppCredentials");
        assertThat(credentials.path("username").asString()).isEqualTo(ocppId);
        assertThat(credentials.path("wsUrl").asString()).isEqualTo("wss://localhost:3443/ocpp/" + ocppId);
        assertThat(credentials.path("subprotocol").asString()).isEqualTo("ocpp2.0.1");
        assertThat(created.path("unassigned").asBoolean()).isTrue();
        String password = credentials.path("password").asString();

        JsonNode registered = gateway.awaitStationEvent(
                "ChargerRegistered", p -> ocppId.equals(p.path("ocppId").asString()));
        assertThat(ChargerPasswordHash.matches(
                        password, registered.path("passwordHash").asString()))
                .isTrue();
        assertThat(registered.path("organizationId").asString()).isEqualTo("org-auto");
        assertThat(registered.path("securityProfile").asInt()).isEqualTo(2);
        assertThat(operator.get("/api/v1/charge-points/" + created.path("id").asString())
                        .raw())
                .doesNotContain(password)
                .doesNotContain("passwordHash");

        JsonNode rotated = operator.post(
                        "/api/v1/charge-points/" + created.path("id").asString() + "/credentials/rotate", "")
                .ok();
        String newPassword = rotated.path("ocppCredentials").path("password").asString();
        await().atMost(GatewayDouble.PATIENCE)
                .until(() -> gateway.stationEvents(
                                        "ChargerRegistered",
                                        p -> ocppId.equals(p.path("ocppId").asString()))
                                .size()
                        == 2);
        JsonNode latest = gateway.stationEvents(
                        "ChargerRegistered", p -> ocppId.equals(p.path("ocppId").asString()))
                .getLast();
        assertThat(ChargerPasswordHash.matches(
                        newPassword, latest.path("pendingPasswordHash").asString()))
                .as("the new password is sent to the charger and pending until it connects with it")
                .isTrue();
        assertThat(ChargerPasswordHash.matches(
                        password, latest.path("passwordHash").asString()))
                .as("the old password stays valid meanwhile")
                .isTrue();
    }

    private long listedOnline(List<String> ocppIds) {
        StringBuilder query = new StringBuilder("/api/v1/charge-points?online=true&limit=200");
        ocppIds.forEach(id -> query.append("&ocppId=").append(id));
        return admin.get(query.toString())
                .ok()
                .valueStream()
                .filter(cp -> cp.path("online").asBoolean())
                .count();
    }

    private JsonNode listed(String ocppId) {
        for (JsonNode cp : admin.get("/api/v1/charge-points?ocppId=" + ocppId).ok()) {
            if (ocppId.equals(cp.path("ocppId").asString())) {
                return cp;
            }
        }
        return null;
    }

    private static long elapsedMs(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
