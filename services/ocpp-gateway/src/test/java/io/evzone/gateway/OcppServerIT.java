package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Permissions;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerConnected;
import io.evzone.contracts.charger.ChargerDisconnected;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.station.UnknownChargerPolicyChanged;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.registry.NewChargerPolicy;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OcppServerIT extends GatewayIntegrationTest {

    @Autowired
    private NewChargerPolicy newChargerPolicy;

    @Autowired
    private GatewayProperties gatewayProperties;

    @Autowired
    private EventJson eventJson;

    private static final String BOOT_16 = """
            [2,"boot-1","BootNotification",{"chargePointVendor":"EVZone","chargePointModel":"Test"}]""";

    private static String[] commander() {
        return TestHttp.bearer(TestTokens.platformAdmin());
    }

    @Test
    void acceptsBootNotificationOfA16ChargerWhenTheStationServiceAccepts() {
        try (RawCharger charger = RawCharger.connect(ws("TEST_CP_001"), "ocpp1.6")) {
            assertThat(charger.subprotocol()).isEqualTo("ocpp1.6");
            charger.send(BOOT_16);

            assertThat(charger.answerTo("boot-1"))
                    .contains("\"status\":\"Accepted\"")
                    .contains("\"interval\":300");
            events.await("TEST_CP_001", "ChargerBooted", "ACCEPTED");
            events.await("TEST_CP_001", "OcppMessageLogged", "boot-1");
        }
    }

    @Test
    void answersBootPendingWhenTheStationServiceIsSilent() {
        try (RawCharger charger = RawCharger.connect(ws("SILENT_CP_1"), "ocpp1.6")) {
            charger.send(BOOT_16);

            assertThat(charger.answerTo("boot-1"))
                    .contains("\"status\":\"Pending\"")
                    .contains("\"interval\":10");
        }
    }

    @Test
    void anAcceptedRegisteredChargerIsAnsweredFromItsRegistrationWithoutAskingTheStationService() {
        register(registration("SILENT_REGISTERED_1", RegistrationStatus.ACCEPTED, 120));
        try (RawCharger charger = RawCharger.connect(ws("SILENT_REGISTERED_1"), "ocpp1.6")) {
            charger.send(BOOT_16);

            assertThat(charger.answerTo("boot-1"))
                    .contains("\"status\":\"Accepted\"")
                    .contains("\"interval\":120");
            events.await("SILENT_REGISTERED_1", "ChargerBooted", "ACCEPTED");
        }
        assertThat(domain.questions).noneMatch(q -> q.ocppId().equals("SILENT_REGISTERED_1"));
    }

    @Test
    void aPendingRegisteredChargerIsStillAskedAboutSinceAnOperatorMayJustHaveApprovedIt() {
        register(registration("SILENT_REGISTERED_2", RegistrationStatus.PENDING, 120));
        try (RawCharger charger = RawCharger.connect(ws("SILENT_REGISTERED_2"), "ocpp1.6")) {
            charger.send(BOOT_16);

            assertThat(charger.answerTo("boot-1")).contains("\"status\":\"Pending\"");
        }
        assertThat(domain.questions)
                .anyMatch(q -> q.ocppId().equals("SILENT_REGISTERED_2") && q instanceof ChargerQuestion.BootQuestion);
    }

    @Test
    void whileTheStationAcceptsNewChargersANewChargerIsAcceptedWithoutAskingAndReportedBooted() {
        announce(RegistrationStatus.ACCEPTED);
        try (RawCharger charger = RawCharger.connect(ws("NEW_SELF_ACCEPTED_1"), "ocpp1.6")) {
            charger.send(BOOT_16);

            assertThat(charger.answerTo("boot-1"))
                    .contains("\"status\":\"Accepted\"")
                    .contains("\"interval\":240");
            events.await("NEW_SELF_ACCEPTED_1", "ChargerBooted", "ACCEPTED");
        } finally {
            // Later tests expect new chargers to be asked about: leave a policy that asks.
            announce(RegistrationStatus.PENDING);
        }
        assertThat(domain.questions).noneMatch(q -> q.ocppId().equals("NEW_SELF_ACCEPTED_1"));
    }

    private void announce(RegistrationStatus newChargers) {
        publisher.publish(
                Topics.STATION_EVENTS,
                UnknownChargerPolicyChanged.KEY,
                new UnknownChargerPolicyChanged(newChargers, 240, Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> newChargerPolicy.answerFor("PROBE").isPresent()
                        == (newChargers == RegistrationStatus.ACCEPTED));
    }

    private static ChargerRegistered registration(String id, RegistrationStatus status, int heartbeatSeconds) {
        return new ChargerRegistered(
                id, "org-1", OcppVersion.V16, 0, null, status, false, Instant.now(), heartbeatSeconds);
    }

    @Test
    void negotiatesTheServerPreferredSubprotocolAndHonoursTheVersionInThePath() {
        try (RawCharger both = RawCharger.connect(ws("CP_NEGOTIATE_1"), "ocpp1.6", "ocpp2.0.1")) {
            assertThat(both.subprotocol()).isEqualTo("ocpp2.0.1");
        }
        try (RawCharger pinned = RawCharger.connect(ws("1.6/CP_NEGOTIATE_2"), "ocpp2.0.1", "ocpp1.6")) {
            assertThat(pinned.subprotocol()).isEqualTo("ocpp1.6");
        }
    }

    @Test
    void rejectsHandshakeWithoutSupportedSubprotocol() {
        // OCPP-J 1.6 §3.1.2: complete the handshake without a subprotocol, then close at once.
        try (RawCharger charger = RawCharger.connect(ws("CP_NO_PROTOCOL"), "ocpp1.5")) {
            assertThat(charger.subprotocol()).isEmpty();
            assertThat(charger.awaitClose()).isEqualTo(1002);
        }
    }

    @Test
    void refusesInvalidChargePointIds() {
        assertThatThrownBy(() -> RawCharger.connect(ws("x".repeat(49)), "ocpp1.6"))
                .isInstanceOfSatisfying(
                        RawCharger.HandshakeRefused.class,
                        e -> assertThat(e.status).isEqualTo(400));
        assertThatThrownBy(() -> RawCharger.connect(ws("a%20b"), "ocpp1.6"))
                .isInstanceOfSatisfying(
                        RawCharger.HandshakeRefused.class,
                        e -> assertThat(e.status).isEqualTo(400));
    }

    @Test
    void answersHeartbeatAndRepliesToRetransmittedCallsWithTheSameAnswer() {
        try (RawCharger charger = RawCharger.connect(ws("CP_HEARTBEAT"), "ocpp1.6")) {
            charger.send("[2,\"hb-1\",\"Heartbeat\",{}]");
            String first = charger.answerTo("hb-1");
            charger.send("[2,\"hb-1\",\"Heartbeat\",{}]");

            org.awaitility.Awaitility.await()
                    .until(() -> charger.received.stream()
                                    .filter(f -> f.contains("hb-1"))
                                    .count()
                            == 2);
            assertThat(charger.received.stream().filter(f -> f.contains("hb-1")))
                    .containsOnly(first);
            events.await("CP_HEARTBEAT", "HeartbeatReceived");
        }
    }

    @Test
    void aSecondConnectionWithTheSameIdReplacesTheFirst() {
        RawCharger first = RawCharger.connect(ws("CP_TWICE"), "ocpp1.6");
        try (RawCharger second = RawCharger.connect(ws("CP_TWICE"), "ocpp1.6")) {
            assertThat(first.awaitClose()).isEqualTo(1000);
            second.send("[2,\"hb-2\",\"Heartbeat\",{}]");
            assertThat(second.answerTo("hb-2")).startsWith("[3,");

            // The station service tells the replaced connection's end from the current one's by when it opened.
            ChargerDisconnected ended = eventJson
                    .read(
                            events.await("CP_TWICE", "ChargerDisconnected", "replaced by a new connection")
                                    .json(),
                            ChargerDisconnected.class)
                    .payload();
            List<Instant> opened = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> events.seen.stream()
                                    .filter(e -> "CP_TWICE".equals(e.key()) && "ChargerConnected".equals(e.type()))
                                    .map(e -> eventJson
                                            .read(e.json(), ChargerConnected.class)
                                            .payload()
                                            .connectedAt())
                                    .sorted()
                                    .toList(),
                            list -> list.size() == 2);
            assertThat(ended.connectedAt()).isEqualTo(opened.get(0)).isBefore(opened.get(1));
        } finally {
            first.close();
        }
    }

    @Test
    void sendsACommandAndReturnsTheChargersAnswer() {
        ownedByOrg1("CP_COMMANDED");
        try (RawCharger charger = RawCharger.connect(ws("CP_COMMANDED"), "ocpp1.6")
                .answering(call -> "[3,\"" + RawCharger.messageId(call) + "\",{\"status\":\"Accepted\"}]")) {
            charger.send("[2,\"hb-3\",\"Heartbeat\",{}]");
            charger.answerTo("hb-3");

            var response = http().post(
                            "/api/v1/ocpp/charge-points/CP_COMMANDED/commands/reset",
                            "{\"type\":\"HARD\"}",
                            commander());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"ACCEPTED\"").contains("\"ocppAction\":\"Reset\"");
            assertThat(charger.received).anyMatch(f -> f.contains("\"Reset\",{\"type\":\"Hard\"}"));
            String id = response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            var stored = http().get("/api/v1/ocpp/commands/" + id, commander());
            assertThat(stored.body()).contains("\"status\":\"ACCEPTED\"");
            var list = http().get("/api/v1/ocpp/commands?ocppId=CP_COMMANDED&limit=5", commander());
            assertThat(list.body()).contains(id);
        }
    }

    @Test
    void rejectsCommandPayloadsThatBreakTheSchema() {
        ownedByOrg1("CP_BAD_COMMAND");
        try (RawCharger charger = RawCharger.connect(ws("CP_BAD_COMMAND"), "ocpp1.6")) {
            charger.send("[2,\"hb-4\",\"Heartbeat\",{}]");
            charger.answerTo("hb-4");

            var response = http().post(
                            "/api/v1/ocpp/charge-points/CP_BAD_COMMAND/calls/Reset",
                            "{\"type\":\"Sideways\"}",
                            commander());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void answers409ForAnOfflineChargerAnd504WhenTheChargerDoesNotAnswer() {
        var offline =
                http().post("/api/v1/ocpp/charge-points/CP_NOWHERE/commands/reset", "{\"type\":\"SOFT\"}", commander());
        assertThat(offline.statusCode()).isEqualTo(409);

        try (RawCharger mute = RawCharger.connect(ws("CP_MUTE"), "ocpp1.6")) {
            mute.send("[2,\"hb-5\",\"Heartbeat\",{}]");
            mute.answerTo("hb-5");
            var timeout = http().post(
                            "/api/v1/ocpp/charge-points/CP_MUTE/commands/reset", "{\"type\":\"SOFT\"}", commander());
            assertThat(timeout.statusCode()).isEqualTo(504);
        }
    }

    @Test
    void commandsWaitingForSilentChargersDoNotHoldTheThreadsOtherChargersNeed() {
        // One command per charger: OCPP-J lets a charger have one CALL from the CSMS outstanding at a time.
        int workers = gatewayProperties.tomcat().maxThreads();
        int waiting = workers + 4;
        IntStream.range(0, waiting).forEach(i -> ownedByOrg1("CP_SILENT_" + i));
        List<RawCharger> silent = IntStream.range(0, waiting)
                .mapToObj(i -> RawCharger.connect(ws("CP_SILENT_" + i), "ocpp1.6"))
                .toList();
        silent.forEach(charger -> charger.send("[2,\"hb-s\",\"Heartbeat\",{}]"));
        silent.forEach(charger -> charger.answerTo("hb-s"));
        try (RawCharger other = RawCharger.connect(ws("CP_OTHER"), "ocpp1.6")) {
            var client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<CompletableFuture<HttpResponse<String>>> commands = IntStream.range(0, waiting)
                    .mapToObj(i -> client.sendAsync(reset("CP_SILENT_" + i), HttpResponse.BodyHandlers.ofString()))
                    .toList();
            // Once as many commands as there are worker threads are out, a blocking endpoint would hold them all.
            await().atMost(Duration.ofSeconds(4))
                    .until(() -> silent.stream()
                                    .filter(c -> c.received.stream().anyMatch(f -> f.contains("\"Reset\"")))
                                    .count()
                            >= workers);

            long start = System.nanoTime();
            other.send("[2,\"hb-o\",\"Heartbeat\",{}]");
            other.answerTo("hb-o");

            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("answered while %d commands wait for silent chargers (call timeout 5 s)", waiting)
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(commands.stream().map(c -> c.join().statusCode()))
                    .as("each command ends when its charger's answer is overdue")
                    .containsOnly(504);
        } finally {
            silent.forEach(RawCharger::close);
        }
    }

    private HttpRequest reset(String chargePointId) {
        return HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/ocpp/charge-points/" + chargePointId + "/commands/reset"))
                .header("Authorization", commander()[1])
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"SOFT\"}"))
                .build();
    }

    @Test
    void theGatewaysCommandApiIsForPlatformAdministratorsOnly() {
        var response = http().post(
                        "/api/v1/ocpp/charge-points/CP_X/commands/reset",
                        "{\"type\":\"SOFT\"}",
                        TestHttp.bearer(TestTokens.withPermissions("org-1", Permissions.CHARGE_POINTS_COMMAND)));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void commandsFromOtherServicesOnKafkaAreExecutedAndReported() {
        try (RawCharger charger = RawCharger.connect(ws("CP_KAFKA_CMD"), "ocpp1.6")
                .answering(call -> "[3,\"" + RawCharger.messageId(call) + "\",{\"status\":\"Unlocked\"}]")) {
            charger.send("[2,\"hb-6\",\"Heartbeat\",{}]");
            charger.answerTo("hb-6");
            String commandId = UUID.randomUUID().toString();
            publisher.publish(
                    io.evzone.contracts.Topics.OCPP_COMMANDS,
                    "CP_KAFKA_CMD",
                    new io.evzone.contracts.charger.CommandRequested(
                            commandId,
                            "CP_KAFKA_CMD",
                            new io.evzone.contracts.charger.command.UnlockConnector(null, 1),
                            "session",
                            java.time.Instant.now(),
                            java.time.Instant.now().plusSeconds(20)));

            events.await("CP_KAFKA_CMD", "CommandCompleted", commandId);
            assertThat(events.await("CP_KAFKA_CMD", "CommandCompleted", commandId)
                            .json())
                    .contains("ACCEPTED");
        }
    }
}
