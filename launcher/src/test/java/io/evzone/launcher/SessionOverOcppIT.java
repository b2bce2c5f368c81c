package io.evzone.launcher;

import static io.evzone.launcher.SessionApi.WAIT;
import static io.evzone.launcher.SessionApi.has;
import static io.evzone.launcher.SessionApi.measurand;
import static io.evzone.launcher.SessionApi.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Topics;
import io.evzone.launcher.TransactionMessages.V16;
import io.evzone.launcher.TransactionMessages.V201;
import io.evzone.ocpp.codec.OutgoingCall;
import io.evzone.ocpp.v16.messages.AuthorizationStatus;
import io.evzone.ocpp.v16.messages.AuthorizeRequest;
import io.evzone.ocpp.v16.messages.AuthorizeResponse;
import io.evzone.ocpp.v16.messages.BootNotificationRequest;
import io.evzone.ocpp.v16.messages.BootNotificationResponse;
import io.evzone.ocpp.v16.messages.MeterValuesResponse;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import io.evzone.ocpp.v16.messages.ReadingContext;
import io.evzone.ocpp.v16.messages.Reason;
import io.evzone.ocpp.v16.messages.RegistrationStatus;
import io.evzone.ocpp.v16.messages.RemoteStartStopStatus;
import io.evzone.ocpp.v16.messages.RemoteStartTransactionRequest;
import io.evzone.ocpp.v16.messages.RemoteStartTransactionResponse;
import io.evzone.ocpp.v16.messages.RemoteStopTransactionRequest;
import io.evzone.ocpp.v16.messages.RemoteStopTransactionResponse;
import io.evzone.ocpp.v16.messages.StartTransactionRequest;
import io.evzone.ocpp.v16.messages.StartTransactionResponse;
import io.evzone.ocpp.v16.messages.StopTransactionRequest;
import io.evzone.ocpp.v16.messages.StopTransactionResponse;
import io.evzone.ocpp.v201.messages.AuthorizationStatusEnumType;
import io.evzone.ocpp.v201.messages.BootReasonEnumType;
import io.evzone.ocpp.v201.messages.ChargingStationType;
import io.evzone.ocpp.v201.messages.Ocpp201Request;
import io.evzone.ocpp.v201.messages.Ocpp201Response;
import io.evzone.ocpp.v201.messages.ReadingContextEnumType;
import io.evzone.ocpp.v201.messages.ReasonEnumType;
import io.evzone.ocpp.v201.messages.RegistrationStatusEnumType;
import io.evzone.ocpp.v201.messages.RequestStartStopStatusEnumType;
import io.evzone.ocpp.v201.messages.RequestStartTransactionRequest;
import io.evzone.ocpp.v201.messages.RequestStartTransactionResponse;
import io.evzone.ocpp.v201.messages.RequestStopTransactionRequest;
import io.evzone.ocpp.v201.messages.RequestStopTransactionResponse;
import io.evzone.ocpp.v201.messages.TransactionEventEnumType;
import io.evzone.ocpp.v201.messages.TransactionEventRequest;
import io.evzone.ocpp.v201.messages.TransactionEventResponse;
import io.evzone.ocpp.v201.messages.TransactionType;
import io.evzone.ocpp.v201.messages.TriggerReasonEnumType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue #5 end to end: real OCPP 1.6 and 2.0.1 chargers talk to the real gateway of the whole platform, and
 * what they did is checked through the session service's API. Each test has its own charger and id tokens.
 */
class SessionOverOcppIT {

    private static final int PORT_OFFSET = 22000;
    private static final List<RunningPlatform.ReadyService> ready = new CopyOnWriteArrayList<>();
    private static final List<String> sessionEvents = new CopyOnWriteArrayList<>();
    private static volatile boolean tapping;

    @TempDir
    static Path dataDir;

    static RunningPlatform platform;
    static SessionApi api;

    @BeforeAll
    static void startThePlatform() {
        platform = RunningPlatform.start(TestLaunches.settings(dataDir, PORT_OFFSET), ready::add);
        api = new SessionApi(portOf("session"), "org-reliability");
        tapSessionEvents();
    }

    @AfterAll
    static void stopThePlatform() {
        tapping = false;
        if (platform != null) {
            platform.close();
        }
    }

    @Nested
    class OverOcpp16 {

        private final String cp = unique("REL16");
        private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(30, ChronoUnit.MINUTES);

        @Test
        void aFullSessionWithMeterValuesGivesTheRightEnergyAndMeterSummary() throws Exception {
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted16(cp)) {
                assertThat(authorize16(charger, tag)).isEqualTo(AuthorizationStatus.ACCEPTED);
                var started = charger.call(V16.start(1, tag, 1_000, t0), StartTransactionResponse.class);
                assertThat(started.idTagInfo().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
                String tx = started.transactionId().toString();

                meterValues16(charger, started, 1_500, t0.plusSeconds(300));
                meterValues16(charger, started, 2_600, t0.plusSeconds(600));
                charger.call(
                        V16.meterValues(
                                started, V16.energy(4_200, t0.plusSeconds(900)), V16.power(7_200, t0.plusSeconds(900))),
                        MeterValuesResponse.class);
                api.awaitSession(cp, tx, has("status", "ACTIVE").and(has("energyWh", 3_200)));
                charger.call(
                        V16.stop(started, 5_000, t0.plusSeconds(1_200), Reason.LOCAL), StopTransactionResponse.class);

                JsonNode session = api.awaitSession(cp, tx, has("status", "COMPLETED"));
                assertThat(session.path("energyWh").asLong()).isEqualTo(4_000);
                assertThat(session.path("meterStartWh").asLong()).isEqualTo(1_000);
                assertThat(session.path("meterStopWh").asLong()).isEqualTo(5_000);
                assertThat(text(session, "stopReason")).isEqualTo("Local");
                assertThat(text(session, "idTag")).isEqualTo(tag);
                assertThat(session.path("meterValues").path("samples").asLong()).isEqualTo(4);
                JsonNode energy = measurand(session, "Energy.Active.Import.Register");
                assertThat(energy.path("count").asLong()).isEqualTo(3);
                assertThat(energy.path("latest").asDouble()).isEqualTo(4_200.0);
                assertThat(api.sessionsOn(cp)).hasSize(1);
            }
        }

        @Test
        void aStartTransactionResentAfterALostAnswerOrUnderTheSameMessageIdGetsTheSameTransactionAndOneSession()
                throws Exception {
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted16(cp)) {
                StartTransactionRequest start = V16.start(1, tag, 500, t0);
                OutgoingCall lost = charger.send(start);
                String tx = api.awaitOnlyTransactionOn(cp);
                charger.reconnect(); // the answer was lost with the connection: the charger sends the frame again

                var resent = charger.call(lost, StartTransactionResponse.class);
                var sameFrameAgain = charger.call(lost, StartTransactionResponse.class);
                var newMessageId = charger.call(start, StartTransactionResponse.class);

                assertThat(List.of(resent, sameFrameAgain, newMessageId))
                        .extracting(r -> r.transactionId().toString())
                        .containsOnly(tx);
                assertThat(resent.idTagInfo().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
                charger.call(V16.stop(resent, 900, t0.plusSeconds(60), Reason.LOCAL), StopTransactionResponse.class);
                api.awaitSession(cp, tx, has("status", "COMPLETED").and(has("energyWh", 400)));
                assertThat(api.sessionsOn(cp)).hasSize(1);
            }
        }

        @Test
        void aStopForAnUnknownTransactionIdIsAnsweredAndRecordedAsAFailedSessionWithItsEnergy() throws Exception {
            try (var charger = booted16(cp)) {
                var begin = V16.energy(4_000, t0, ReadingContext.TRANSACTION_BEGIN);

                // TestCharger.call fails on a CALLERROR: OCPP 1.6 §6.50 wants a CALLRESULT whatever the id.
                charger.call(
                        V16.stop(987_654, 6_500, t0.plusSeconds(900), Reason.POWER_LOSS, begin),
                        StopTransactionResponse.class);

                JsonNode session = api.awaitSession(cp, "987654", has("status", "FAILED"));
                assertThat(session.path("energyWh").asLong()).isEqualTo(2_500);
                assertThat(text(session, "stopReason")).isEqualTo("PowerLoss");
                assertThat(api.sessionsOn(cp)).hasSize(1);
            }
        }

        @Test
        void aLateResentStopForAClosedSessionIsAnsweredAndCountedOnce() throws Exception {
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted16(cp)) {
                var started = charger.call(V16.start(1, tag, 0, t0), StartTransactionResponse.class);
                String tx = started.transactionId().toString();
                StopTransactionRequest stop = V16.stop(started, 1_000, t0.plusSeconds(60), Reason.LOCAL);
                charger.call(stop, StopTransactionResponse.class);
                JsonNode closed = api.awaitSession(cp, tx, has("status", "COMPLETED"));

                charger.call(stop, StopTransactionResponse.class);
                charger.call(V16.stop(424_242, 1, t0.plusSeconds(61), Reason.LOCAL), StopTransactionResponse.class);
                api.awaitSession(cp, "424242", has("status", "FAILED")); // recorded after the resent stop

                JsonNode after = api.awaitSession(cp, tx, has("status", "COMPLETED"));
                assertThat(after.path("energyWh").asLong()).isEqualTo(1_000);
                assertThat(text(after, "stoppedAt")).isEqualTo(text(closed, "stoppedAt"));
                // Published in order per charger: once the later stop's event is out, a second one for tx would be too.
                await().atMost(WAIT).until(() -> !sessionsStopped(cp, "424242").isEmpty());
                assertThat(sessionsStopped(cp, tx)).hasSize(1);
            }
        }

        /** The session started half an hour ago, or the charger's clock runs ten minutes ahead of the CSMS's. */
        @ParameterizedTest
        @ValueSource(ints = {-30, 10})
        void aRebootMidSessionClosesItWithAClearReasonAndTheQueuedStopCorrectsIt(int startMinutesFromNow)
                throws Exception {
            Instant startedAt =
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(startMinutesFromNow, ChronoUnit.MINUTES);
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted16(cp)) {
                var started = charger.call(V16.start(1, tag, 1_000, startedAt), StartTransactionResponse.class);
                String tx = started.transactionId().toString();
                meterValues16(charger, started, 2_500, startedAt.plusSeconds(300));
                api.awaitSession(cp, tx, has("energyWh", 1_500));

                charger.reconnect();
                boot16(charger);

                JsonNode closed = api.awaitSession(cp, tx, has("status", "COMPLETED"));
                assertThat(text(closed, "stopReason")).contains("rebooted");
                assertThat(closed.path("energyWh").asLong()).isEqualTo(1_500);

                charger.call(
                        V16.stop(started, 2_600, startedAt.plusSeconds(350), Reason.REBOOT),
                        StopTransactionResponse.class);
                JsonNode corrected = api.awaitSession(cp, tx, has("energyWh", 1_600));
                assertThat(text(corrected, "status")).isEqualTo("COMPLETED");
                assertThat(text(corrected, "stopReason")).isEqualTo("Reboot");
            }
        }

        @Test
        void authorizeAnswersInvalidBlockedAndExpiredForUnknownBlockedAndExpiredTokens() throws Exception {
            String blocked = api.idToken(unique("driver"), "BLOCKED", null);
            String expired =
                    api.idToken(unique("driver"), "ACTIVE", Instant.now().minusSeconds(60));
            String active =
                    api.idToken(unique("driver"), "ACTIVE", Instant.now().plus(30, ChronoUnit.DAYS));
            try (var charger = booted16(cp)) {
                assertThat(authorize16(charger, unique("NOBODY"))).isEqualTo(AuthorizationStatus.INVALID);
                assertThat(authorize16(charger, blocked)).isEqualTo(AuthorizationStatus.BLOCKED);
                assertThat(authorize16(charger, expired)).isEqualTo(AuthorizationStatus.EXPIRED);
                assertThat(authorize16(charger, active)).isEqualTo(AuthorizationStatus.ACCEPTED);
            }
        }

        @Test
        void aRemoteStartAndStopFromTheApiReachTheChargerAndTheSessionFollowsItsReports() throws Exception {
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted16(cp)) {
                charger.answer(
                        RemoteStartTransactionRequest.class,
                        r -> new RemoteStartTransactionResponse(RemoteStartStopStatus.ACCEPTED));
                charger.answer(
                        RemoteStopTransactionRequest.class,
                        r -> new RemoteStopTransactionResponse(RemoteStartStopStatus.ACCEPTED));

                assertThat(api.remoteStart(startBody(cp, "\"connectorId\":1", tag)))
                        .contains("\"status\":\"ACCEPTED\"");
                var asked = charger.awaitReceived(RemoteStartTransactionRequest.class);
                assertThat(asked.idTag()).isEqualTo(tag);
                assertThat(asked.connectorId()).isEqualTo(1);
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                var started = charger.call(V16.start(1, asked.idTag(), 0, now), StartTransactionResponse.class);
                String tx = started.transactionId().toString();
                String sessionId =
                        text(api.awaitSession(cp, tx, has("status", "ACTIVE").and(has("idTag", tag))), "id");

                assertThat(api.remoteStop(sessionId)).contains("\"status\":\"ACCEPTED\"");
                assertThat(charger.awaitReceived(RemoteStopTransactionRequest.class)
                                .transactionId())
                        .isEqualTo(started.transactionId());
                assertThat(text(api.session(sessionId), "status")).isEqualTo("ACTIVE");
                charger.call(V16.stop(started, 750, now.plusSeconds(60), Reason.REMOTE), StopTransactionResponse.class);
                api.awaitSession(cp, tx, has("status", "COMPLETED").and(has("energyWh", 750)));
            }
        }
    }

    @Nested
    class OverOcpp201 {

        private final String cp = unique("REL201");
        private final String tx = unique("tx");
        private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(30, ChronoUnit.MINUTES);

        @Test
        void aFullTransactionEventSequenceGivesTheRightEnergyAndMeterSummary() throws Exception {
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted201(cp)) {
                var started = charger.call(V201.started(tx, tag, 20_000, t0), TransactionEventResponse.class);
                assertThat(started.idTokenInfo().status()).isEqualTo(AuthorizationStatusEnumType.ACCEPTED);
                charger.call(V201.updated(tx, 1, 22_500, t0.plusSeconds(300)), TransactionEventResponse.class);
                api.awaitSession(cp, tx, has("status", "ACTIVE").and(has("energyWh", 2_500)));
                charger.call(V201.updated(tx, 2, 23_750, t0.plusSeconds(450)), TransactionEventResponse.class);
                charger.call(
                        V201.ended(tx, 3, 25_000, t0.plusSeconds(600), ReasonEnumType.LOCAL),
                        TransactionEventResponse.class);

                JsonNode session = api.awaitSession(cp, tx, has("status", "COMPLETED"));
                assertThat(session.path("energyWh").asLong()).isEqualTo(5_000);
                assertThat(session.path("meterStartWh").asLong()).isEqualTo(20_000);
                assertThat(session.path("meterStopWh").asLong()).isEqualTo(25_000);
                assertThat(text(session, "idTag")).isEqualTo(tag);
                assertThat(text(session, "stopReason")).isEqualTo("Local");
                assertThat(session.path("meterValues").path("samples").asLong()).isEqualTo(4);
                assertThat(api.sessionsOn(cp)).hasSize(1);
            }
        }

        @Test
        void transactionEventsOutOfOrderGiveTheRightFinalSession() throws Exception {
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted201(cp)) {
                charger.call(V201.started(tx, tag, 1_000, t0), TransactionEventResponse.class);
                charger.call(V201.updated(tx, 2, 7_000, t0.plusSeconds(600)), TransactionEventResponse.class);
                charger.call(
                        V201.ended(tx, 3, 9_000, t0.plusSeconds(900), ReasonEnumType.EV_DISCONNECTED),
                        TransactionEventResponse.class);
                charger.call(V201.updated(tx, 1, 4_000, t0.plusSeconds(300)), TransactionEventResponse.class);

                JsonNode session = api.awaitSession(
                        cp,
                        tx,
                        has("status", "COMPLETED")
                                .and(s -> s.path("meterValues").path("samples").asLong() == 4));
                assertThat(session.path("energyWh").asLong()).isEqualTo(8_000);
                assertThat(Instant.parse(text(session, "startedAt"))).isEqualTo(t0);
                assertThat(Instant.parse(text(session, "stoppedAt"))).isEqualTo(t0.plusSeconds(900));
                assertThat(text(session, "stopReason")).isEqualTo("EVDisconnected");
                assertThat(api.sessionsOn(cp)).hasSize(1);
            }
        }

        @Test
        void aStartedEventResentUnderTheSameOrANewMessageIdMakesOneSession() throws Exception {
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted201(cp)) {
                OutgoingCall started = charger.encode(V201.started(tx, tag, 3_000, t0));
                var first = charger.call(started, TransactionEventResponse.class);
                var sameFrame = charger.call(started, TransactionEventResponse.class);
                var newMessageId = charger.call(V201.started(tx, tag, 3_000, t0), TransactionEventResponse.class);
                charger.call(
                        V201.ended(tx, 1, 4_000, t0.plusSeconds(600), ReasonEnumType.LOCAL),
                        TransactionEventResponse.class);

                assertThat(List.of(first, sameFrame, newMessageId))
                        .extracting(r -> r.idTokenInfo().status())
                        .containsOnly(AuthorizationStatusEnumType.ACCEPTED);
                JsonNode session = api.awaitSession(cp, tx, has("status", "COMPLETED"));
                assertThat(session.path("energyWh").asLong()).isEqualTo(1_000);
                assertThat(session.path("meterValues").path("samples").asLong())
                        .as("the resent Started's sample is stored once")
                        .isEqualTo(2);
                assertThat(api.sessionsOn(cp)).hasSize(1);
            }
        }

        /** The transaction started half an hour ago, or the station's clock runs ten minutes ahead of the CSMS's. */
        @ParameterizedTest
        @ValueSource(ints = {-30, 10})
        void aRebootMidTransactionClosesItWithAClearReasonAndTheLateEndedCorrectsIt(int startMinutesFromNow)
                throws Exception {
            Instant startedAt =
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(startMinutesFromNow, ChronoUnit.MINUTES);
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted201(cp)) {
                charger.call(V201.started(tx, tag, 1_000, startedAt), TransactionEventResponse.class);
                charger.call(V201.updated(tx, 1, 2_500, startedAt.plusSeconds(300)), TransactionEventResponse.class);
                api.awaitSession(cp, tx, has("energyWh", 1_500));

                charger.reconnect();
                boot201(charger);

                JsonNode closed = api.awaitSession(cp, tx, has("status", "COMPLETED"));
                assertThat(text(closed, "stopReason")).contains("rebooted");
                assertThat(closed.path("energyWh").asLong()).isEqualTo(1_500);

                charger.call(
                        V201.ended(tx, 2, 2_600, startedAt.plusSeconds(350), ReasonEnumType.POWER_LOSS),
                        TransactionEventResponse.class);
                JsonNode corrected = api.awaitSession(cp, tx, has("energyWh", 1_600));
                assertThat(text(corrected, "stopReason")).isEqualTo("PowerLoss");
            }
        }

        @Test
        void authorizeAnswersInvalidBlockedAndExpiredForUnknownBlockedAndExpiredTokens() throws Exception {
            String blocked = api.idToken(unique("driver"), "BLOCKED", null);
            String expired =
                    api.idToken(unique("driver"), "ACTIVE", Instant.now().minusSeconds(60));
            try (var charger = booted201(cp)) {
                assertThat(authorize201(charger, unique("NOBODY"))).isEqualTo(AuthorizationStatusEnumType.INVALID);
                assertThat(authorize201(charger, blocked)).isEqualTo(AuthorizationStatusEnumType.BLOCKED);
                assertThat(authorize201(charger, expired)).isEqualTo(AuthorizationStatusEnumType.EXPIRED);
            }
        }

        @Test
        void aRequestStartAndStopFromTheApiReachTheStationAndTheSessionFollowsItsEvents() throws Exception {
            String tag = api.idToken(unique("driver"), "ACTIVE", null);
            try (var charger = booted201(cp)) {
                charger.answer(
                        RequestStartTransactionRequest.class,
                        r -> RequestStartTransactionResponse.of(RequestStartStopStatusEnumType.ACCEPTED));
                charger.answer(
                        RequestStopTransactionRequest.class,
                        r -> RequestStopTransactionResponse.of(RequestStartStopStatusEnumType.ACCEPTED));

                assertThat(api.remoteStart(startBody(cp, "\"evseId\":1", tag))).contains("\"status\":\"ACCEPTED\"");
                var asked = charger.awaitReceived(RequestStartTransactionRequest.class);
                assertThat(asked.idToken().idToken()).isEqualTo(tag);
                assertThat(asked.evseId()).isEqualTo(1);
                charger.call(remotelyStarted(asked), TransactionEventResponse.class);
                String sessionId =
                        text(api.awaitSession(cp, tx, has("status", "ACTIVE").and(has("idTag", tag))), "id");

                assertThat(api.remoteStop(sessionId)).contains("\"status\":\"ACCEPTED\"");
                assertThat(charger.awaitReceived(RequestStopTransactionRequest.class)
                                .transactionId())
                        .isEqualTo(tx);
                assertThat(text(api.session(sessionId), "status")).isEqualTo("ACTIVE");
                charger.call(
                        V201.ended(tx, 1, 900, Instant.now().truncatedTo(ChronoUnit.SECONDS), ReasonEnumType.REMOTE),
                        TransactionEventResponse.class);
                api.awaitSession(cp, tx, has("status", "COMPLETED").and(has("energyWh", 900)));
            }
        }

        /** The Started event of the transaction a RequestStartTransaction asked for (2.0.1 F01). */
        private TransactionEventRequest remotelyStarted(RequestStartTransactionRequest asked) {
            Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
            return V201.event(
                    TransactionEventEnumType.STARTED,
                    TriggerReasonEnumType.REMOTE_START,
                    0,
                    startedAt,
                    new TransactionType(null, tx, null, null, null, asked.remoteStartId()),
                    asked.idToken(),
                    V201.energy(0, startedAt, ReadingContextEnumType.TRANSACTION_BEGIN));
        }
    }

    @Nested
    class Drivers {

        private final String cp = unique("REL-DRV");

        @Test
        void aDriverReadsOnlyTheirOwnSessions() throws Exception {
            String alice = unique("alice");
            String bob = unique("bob");
            String aliceTag = api.idToken(alice, "ACTIVE", null);
            String bobTag = api.idToken(bob, "ACTIVE", null);
            try (var charger = booted16(cp)) {
                String aliceSession = startedSession(charger, 1, aliceTag);
                String bobSession = startedSession(charger, 2, bobTag);

                assertThat(api.getAs(alice, "/api/v1/sessions/" + aliceSession)).isEqualTo(200);
                assertThat(api.getAs(alice, "/api/v1/sessions/" + bobSession)).isEqualTo(404);
                assertThat(api.postAs(alice, "/api/v1/sessions/" + bobSession + "/stop"))
                        .isEqualTo(404);
                assertThat(api.sessionIdsAs(alice, "/api/v1/sessions/me")).containsExactly(aliceSession);
                assertThat(api.sessionIdsAs(bob, "/api/v1/sessions/me")).containsExactly(bobSession);
                assertThat(api.sessionIdsAs(alice, "/api/v1/sessions/history/all?ocppId=" + cp))
                        .containsExactly(aliceSession);
            }
        }

        private String startedSession(TestCharger<Ocpp16Request, Ocpp16Response> charger, int connector, String tag)
                throws Exception {
            var started = charger.call(V16.start(connector, tag, 0, Instant.now()), StartTransactionResponse.class);
            return text(api.awaitSession(cp, started.transactionId().toString(), s -> true), "id");
        }
    }

    // The chargers

    private static TestCharger<Ocpp16Request, Ocpp16Response> booted16(String cp) throws Exception {
        var charger = TestCharger.v16(gatewayUrl(cp));
        boot16(charger);
        return charger;
    }

    private static void boot16(TestCharger<Ocpp16Request, Ocpp16Response> charger) throws Exception {
        var boot = charger.call(BootNotificationRequest.of("EVZone", "Reliability-16"), BootNotificationResponse.class);
        assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    private static AuthorizationStatus authorize16(TestCharger<Ocpp16Request, Ocpp16Response> charger, String tag)
            throws Exception {
        return charger.call(new AuthorizeRequest(tag), AuthorizeResponse.class)
                .idTagInfo()
                .status();
    }

    private static void meterValues16(
            TestCharger<Ocpp16Request, Ocpp16Response> charger, StartTransactionResponse started, long wh, Instant at)
            throws Exception {
        charger.call(V16.meterValues(started, V16.energy(wh, at)), MeterValuesResponse.class);
    }

    private static TestCharger<Ocpp201Request, Ocpp201Response> booted201(String cp) throws Exception {
        var charger = TestCharger.v201(gatewayUrl(cp));
        boot201(charger);
        return charger;
    }

    private static void boot201(TestCharger<Ocpp201Request, Ocpp201Response> charger) throws Exception {
        var boot = charger.call(
                io.evzone.ocpp.v201.messages.BootNotificationRequest.of(
                        ChargingStationType.of("Reliability-201", "EVZone"), BootReasonEnumType.POWER_UP),
                io.evzone.ocpp.v201.messages.BootNotificationResponse.class);
        assertThat(boot.status()).isEqualTo(RegistrationStatusEnumType.ACCEPTED);
    }

    private static AuthorizationStatusEnumType authorize201(
            TestCharger<Ocpp201Request, Ocpp201Response> charger, String tag) throws Exception {
        return charger.call(
                        io.evzone.ocpp.v201.messages.AuthorizeRequest.of(V201.rfid(tag)),
                        io.evzone.ocpp.v201.messages.AuthorizeResponse.class)
                .idTokenInfo()
                .status();
    }

    private static String startBody(String cp, String target, String tag) {
        return "{\"ocppId\":\"%s\",%s,\"idTag\":\"%s\"}".formatted(cp, target, tag);
    }

    private static String gatewayUrl(String chargePointId) {
        return "ws://localhost:" + portOf("ocpp-gateway") + "/ocpp/" + chargePointId;
    }

    private static int portOf(String service) {
        return ready.stream()
                .filter(s -> s.name().equals(service))
                .findFirst()
                .orElseThrow()
                .port();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // Session events on Kafka, for what the API cannot show: how often a session was reported stopped

    private static void tapSessionEvents() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.infrastructureEnvironment().get("KAFKA_BROKERS"),
                ConsumerConfig.GROUP_ID_CONFIG,
                unique("session-over-ocpp-tap"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        tapping = true;
        Thread.ofPlatform().daemon().name("session-events-tap").start(() -> {
            try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(Topics.SESSION_EVENTS));
                while (tapping) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> sessionEvents.add(r.value()));
                }
            }
        });
    }

    private static List<String> sessionsStopped(String cp, String transactionId) {
        return sessionEvents.stream()
                .filter(v -> v.contains("\"type\":\"SessionStopped\""))
                .filter(v -> v.contains("\"" + cp + "\"") && v.contains("\"transactionId\":\"" + transactionId + "\""))
                .toList();
    }
}
