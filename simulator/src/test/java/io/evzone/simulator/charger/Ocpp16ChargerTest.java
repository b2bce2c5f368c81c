package io.evzone.simulator.charger;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.ocpp.v16.messages.*;
import io.evzone.simulator.support.ChargerRig;
import io.evzone.simulator.transport.DialRefused;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ocpp16ChargerTest {
    private final ChargerRig<Ocpp16Request, Ocpp16Response, Ocpp16Charger> rig =
            ChargerRig.ocpp16(s -> s.withConnectors(2));

    private void bootAccepted(int interval) {
        rig.csms.answerNext(
                BootNotificationRequest.class,
                new BootNotificationResponse(RegistrationStatus.ACCEPTED, rig.timers.now(), interval));
        rig.csms.answerNext(StatusNotificationRequest.class, new StatusNotificationResponse());
        rig.csms.answerNext(StatusNotificationRequest.class, new StatusNotificationResponse());
    }

    private StatusNotificationRequest answerStatus() {
        return rig.csms.answerNext(StatusNotificationRequest.class, new StatusNotificationResponse());
    }

    private void answerStatuses(ChargePointStatus... expected) {
        for (ChargePointStatus status : expected) {
            assertThat(answerStatus().status()).isEqualTo(status);
        }
    }

    private int startRemotely(int transactionId) {
        var answer = rig.csms.command(
                new RemoteStartTransactionRequest(1, "TAG1", null), RemoteStartTransactionResponse.class);
        assertThat(answer.status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        answerStatuses(ChargePointStatus.PREPARING);
        var start = rig.csms.answerNext(
                StartTransactionRequest.class,
                new StartTransactionResponse(new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED), transactionId));
        answerStatuses(ChargePointStatus.CHARGING);
        return start.meterStart();
    }

    private static long energy(MeterValue value) {
        return value.sampledValue().stream()
                .filter(s -> s.measurand() == Measurand.ENERGY_ACTIVE_IMPORT_REGISTER)
                .mapToLong(s -> Long.parseLong(s.value()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void bootsThenReportsEveryConnectorThenHeartbeatsAtTheIntervalTheCsmsReturned() {
        rig.charger.start();
        var boot = rig.csms.answerNext(
                BootNotificationRequest.class,
                new BootNotificationResponse(RegistrationStatus.ACCEPTED, rig.timers.now(), 60));
        assertThat(boot.chargePointVendor()).isEqualTo("EVZone");
        assertThat(answerStatus().connectorId()).isEqualTo(1);
        assertThat(answerStatus().connectorId()).isEqualTo(2);

        rig.advance(Duration.ofSeconds(59));
        assertThat(rig.csms.hasNext()).isFalse();
        rig.advance(Duration.ofSeconds(1));
        rig.csms.answerNext(HeartbeatRequest.class, new HeartbeatResponse(rig.timers.now()));
        rig.advance(Duration.ofSeconds(60));
        rig.csms.expect(HeartbeatRequest.class);

        assertThat(rig.stats.snapshot().booted()).isEqualTo(1);
        assertThat(rig.stats.snapshot().errors()).isZero();
    }

    @Test
    void bootsAgainAfterTheIntervalWhenPending() {
        rig.charger.start();
        rig.csms.answerNext(
                BootNotificationRequest.class,
                new BootNotificationResponse(RegistrationStatus.PENDING, rig.timers.now(), 30));
        rig.advance(Duration.ofSeconds(29));
        assertThat(rig.csms.hasNext()).isFalse();
        rig.advance(Duration.ofSeconds(1));
        rig.csms.expect(BootNotificationRequest.class);
        assertThat(rig.charger.state()).isEqualTo(SimulatedCharger.State.BOOTING);
    }

    @Test
    void remoteStartStartsATransactionWhoseMeterValuesIncreaseUntilRemoteStop() {
        rig.charger.start();
        bootAccepted(300);
        int meterStart = startRemotely(42);

        rig.advance(Duration.ofSeconds(10));
        var first = rig.csms.answerNext(MeterValuesRequest.class, new MeterValuesResponse());
        rig.advance(Duration.ofSeconds(10));
        var second = rig.csms.answerNext(MeterValuesRequest.class, new MeterValuesResponse());

        assertThat(first.transactionId()).isEqualTo(42);
        long e1 = energy(first.meterValue().getFirst());
        long e2 = energy(second.meterValue().getFirst());
        assertThat(e1).isGreaterThan(meterStart);
        // At least 7.4 kW for 10 s is more than 18 Wh.
        assertThat(e2 - e1).isGreaterThanOrEqualTo(18);
        assertThat(rig.stats.snapshot().activeSessions()).isEqualTo(1);

        var stop = rig.csms.command(new RemoteStopTransactionRequest(42), RemoteStopTransactionResponse.class);
        assertThat(stop.status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        var stopped = rig.csms.answerNext(StopTransactionRequest.class, new StopTransactionResponse(null));
        assertThat(stopped.transactionId()).isEqualTo(42);
        assertThat(stopped.reason()).isEqualTo(Reason.REMOTE);
        assertThat(stopped.meterStop()).isGreaterThanOrEqualTo((int) e2);
        answerStatuses(ChargePointStatus.FINISHING, ChargePointStatus.AVAILABLE);
        assertThat(rig.stats.snapshot().activeSessions()).isZero();
    }

    @Test
    void remoteStartAuthorizesFirstWhenConfiguredTo() {
        rig.charger.start();
        bootAccepted(300);
        rig.csms.command(
                new ChangeConfigurationRequest("AuthorizeRemoteTxRequests", "true"), ChangeConfigurationResponse.class);
        rig.csms.command(new RemoteStartTransactionRequest(2, "TAG9", null), RemoteStartTransactionResponse.class);
        answerStatuses(ChargePointStatus.PREPARING);
        var authorize = rig.csms.answerNext(
                AuthorizeRequest.class, new AuthorizeResponse(new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED)));
        assertThat(authorize.idTag()).isEqualTo("TAG9");
        assertThat(rig.csms.expect(StartTransactionRequest.class).connectorId()).isEqualTo(2);
    }

    @Test
    void aDriverWhoseTagIsRefusedPresentsItAgainShortlyInsteadOfWalkingAway() {
        var driver = ChargerRig.ocpp16(s -> s.withConnectors(1).withScenario(Scenario.DRIVER_SESSION));
        driver.charger.start();
        driver.csms.answerNext(
                BootNotificationRequest.class,
                new BootNotificationResponse(RegistrationStatus.ACCEPTED, driver.timers.now(), 300));
        driver.csms.answerNext(StatusNotificationRequest.class, new StatusNotificationResponse());
        driver.advance(Duration.ofSeconds(1));
        assertThat(driver.csms
                        .answerNext(StatusNotificationRequest.class, new StatusNotificationResponse())
                        .status())
                .isEqualTo(ChargePointStatus.PREPARING);
        driver.csms.answerNext(
                AuthorizeRequest.class, new AuthorizeResponse(new IdTagInfo(null, null, AuthorizationStatus.INVALID)));
        assertThat(driver.csms
                        .answerNext(StatusNotificationRequest.class, new StatusNotificationResponse())
                        .status())
                .isEqualTo(ChargePointStatus.AVAILABLE);

        driver.advance(ScenarioScript.RETRY_AFTER_REFUSAL.minusMillis(1));
        assertThat(driver.csms.hasNext()).isFalse();
        driver.advance(Duration.ofMillis(1));
        driver.csms.answerNext(StatusNotificationRequest.class, new StatusNotificationResponse());
        driver.csms.answerNext(
                AuthorizeRequest.class, new AuthorizeResponse(new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED)));
        driver.csms.answerNext(
                StartTransactionRequest.class,
                new StartTransactionResponse(new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED), 7));
        assertThat(driver.stats.snapshot().activeSessions()).isEqualTo(1);
    }

    @Test
    void resetEndsTheTransactionThenReconnectsAndBootsAgain() {
        rig.charger.start();
        bootAccepted(300);
        startRemotely(7);
        var firstLink = rig.dialer.last();

        var answer = rig.csms.command(new ResetRequest(ResetType.SOFT), ResetResponse.class);
        assertThat(answer.status()).isEqualTo(ResetStatus.ACCEPTED);
        var stop = rig.csms.answerNext(StopTransactionRequest.class, new StopTransactionResponse(null));
        assertThat(stop.reason()).isEqualTo(Reason.SOFT_RESET);
        answerStatuses(ChargePointStatus.FINISHING, ChargePointStatus.AVAILABLE);
        assertThat(firstLink.closed()).isTrue();

        rig.advance(Duration.ofSeconds(1));
        assertThat(rig.dialer.links()).hasSize(2);
        bootAccepted(300);
        assertThat(rig.charger.state()).isEqualTo(SimulatedCharger.State.ACCEPTED);
        assertThat(rig.stats.snapshot().errors()).isZero();
    }

    @Test
    void transactionMessagesQueuedDuringAnOutageAreResentInOrderOnReconnect() {
        rig.charger.start();
        bootAccepted(300);
        startRemotely(9);
        rig.advance(Duration.ofSeconds(10));
        rig.csms.answerNext(MeterValuesRequest.class, new MeterValuesResponse());

        rig.charger.dropConnection(Duration.ofSeconds(35));
        assertThat(rig.dialer.last().aborted()).isTrue();
        rig.advance(Duration.ofSeconds(25));
        rig.charger.stopSession(1, StopReason.LOCAL);
        rig.advance(Duration.ofSeconds(10));

        assertThat(rig.dialer.links()).hasSize(2);
        var queued1 = rig.csms.answerNext(MeterValuesRequest.class, new MeterValuesResponse());
        var queued2 = rig.csms.answerNext(MeterValuesRequest.class, new MeterValuesResponse());
        var stop = rig.csms.answerNext(StopTransactionRequest.class, new StopTransactionResponse(null));
        Instant t1 = queued1.meterValue().getFirst().timestamp();
        Instant t2 = queued2.meterValue().getFirst().timestamp();
        assertThat(t1).isBefore(t2);
        assertThat(t2).isBefore(stop.timestamp());
        assertThat(energy(queued1.meterValue().getFirst()))
                .isLessThan(energy(queued2.meterValue().getFirst()));
        assertThat(List.of(queued1.transactionId(), queued2.transactionId(), stop.transactionId()))
                .containsOnly(9);
        // Not a reboot: no BootNotification, the connectors' status follows the queue.
        answerStatuses(ChargePointStatus.AVAILABLE, ChargePointStatus.AVAILABLE);
    }

    @Test
    void getConfigurationListsKnownKeysAndNamesUnknownOnes() {
        rig.charger.start();
        bootAccepted(120);
        var answer = rig.csms.command(
                new GetConfigurationRequest(List.of("HeartbeatInterval", "NumberOfConnectors", "Nope")),
                GetConfigurationResponse.class);
        assertThat(answer.configurationKey())
                .containsExactly(
                        new KeyValue("HeartbeatInterval", false, "120"), new KeyValue("NumberOfConnectors", true, "2"));
        assertThat(answer.unknownKey()).containsExactly("Nope");

        var all = rig.csms.command(new GetConfigurationRequest(null), GetConfigurationResponse.class);
        assertThat(all.configurationKey())
                .extracting(KeyValue::key)
                .contains("MeterValueSampleInterval", "AuthorizeRemoteTxRequests", "SupportedFeatureProfiles");
    }

    @Test
    void changeConfigurationAcceptsWritableKeysAndReschedulesTheHeartbeat() {
        rig.charger.start();
        bootAccepted(300);
        assertThat(change("HeartbeatInterval", "15")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(change("NumberOfConnectors", "3")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("HeartbeatInterval", "soon")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("NoSuchKey", "1")).isEqualTo(ConfigurationStatus.NOT_SUPPORTED);

        rig.advance(Duration.ofSeconds(15));
        rig.csms.expect(HeartbeatRequest.class);
    }

    private ConfigurationStatus change(String key, String value) {
        return rig.csms
                .command(new ChangeConfigurationRequest(key, value), ChangeConfigurationResponse.class)
                .status();
    }

    @Test
    void updateFirmwareReportsDownloadingDownloadedInstallingInstalled() {
        rig.charger.start();
        bootAccepted(300);
        rig.csms.command(
                new UpdateFirmwareRequest("https://example.com/fw.bin", null, rig.timers.now(), null),
                UpdateFirmwareResponse.class);
        List<FirmwareStatus> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rig.advance(Duration.ofSeconds(2));
            seen.add(rig.csms
                    .answerNext(FirmwareStatusNotificationRequest.class, new FirmwareStatusNotificationResponse())
                    .status());
        }
        assertThat(seen)
                .containsExactly(
                        FirmwareStatus.DOWNLOADING,
                        FirmwareStatus.DOWNLOADED,
                        FirmwareStatus.INSTALLING,
                        FirmwareStatus.INSTALLED);
    }

    @Test
    void dataTransferForAnUnknownVendorIsUnknownVendorId() {
        rig.charger.start();
        bootAccepted(300);
        var answer = rig.csms.command(new DataTransferRequest("Acme", null, null), DataTransferResponse.class);
        assertThat(answer.status()).isEqualTo(DataTransferStatus.UNKNOWN_VENDOR_ID);
    }

    @Test
    void reserveNowReservesAnAvailableConnectorUntilCancelled() {
        rig.charger.start();
        bootAccepted(300);
        Instant expiry = rig.timers.now().plusSeconds(600);
        var reserved = rig.csms.command(new ReserveNowRequest(1, expiry, "TAG1", null, 5), ReserveNowResponse.class);
        assertThat(reserved.status()).isEqualTo(ReservationStatus.ACCEPTED);
        answerStatuses(ChargePointStatus.RESERVED);
        var cancelled = rig.csms.command(new CancelReservationRequest(5), CancelReservationResponse.class);
        assertThat(cancelled.status()).isEqualTo(CancelReservationStatus.ACCEPTED);
        answerStatuses(ChargePointStatus.AVAILABLE);
        assertThat(rig.csms
                        .command(new CancelReservationRequest(5), CancelReservationResponse.class)
                        .status())
                .isEqualTo(CancelReservationStatus.REJECTED);
    }

    @Test
    void changeAvailabilityOfAChargingConnectorIsScheduled() {
        rig.charger.start();
        bootAccepted(300);
        startRemotely(3);
        var answer = rig.csms.command(
                new ChangeAvailabilityRequest(0, AvailabilityType.INOPERATIVE), ChangeAvailabilityResponse.class);
        assertThat(answer.status()).isEqualTo(AvailabilityStatus.SCHEDULED);
        answerStatuses(ChargePointStatus.UNAVAILABLE);
    }

    @Test
    void reconnectsWithBackoffWhenTheServerRefuses() {
        rig.dialer.refuse(true);
        rig.charger.start();
        assertThat(rig.stats.snapshot().connectFailures()).isEqualTo(1);
        rig.dialer.refuse(false);
        rig.advance(Duration.ofSeconds(3));
        rig.csms.expect(BootNotificationRequest.class);
    }

    @Test
    void waitsAsLongAsAFullCsmsAsksBeforeDialingAgain() {
        rig.dialer.refuseWith(new DialRefused(503, Duration.ofSeconds(30)));
        rig.charger.start();
        rig.dialer.refuse(false);

        rig.advance(Duration.ofSeconds(29));
        assertThat(rig.dialer.links()).as("no dial before Retry-After").isEmpty();
        assertThat(rig.stats.snapshot().connectFailures()).isEqualTo(1);

        rig.advance(Duration.ofSeconds(2));
        rig.csms.expect(BootNotificationRequest.class);
    }
}
