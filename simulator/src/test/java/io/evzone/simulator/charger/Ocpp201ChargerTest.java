package io.evzone.simulator.charger;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.ocpp.v201.messages.*;
import io.evzone.simulator.support.ChargerRig;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ocpp201ChargerTest {
    private final ChargerRig<Ocpp201Request, Ocpp201Response, Ocpp201Charger> rig =
            ChargerRig.ocpp201(s -> s.withConnectors(2));

    private void bootAccepted(int interval) {
        var boot = rig.csms.answerNext(
                BootNotificationRequest.class,
                BootNotificationResponse.of(rig.timers.now(), interval, RegistrationStatusEnumType.ACCEPTED));
        assertThat(boot.chargingStation().vendorName()).isEqualTo("EVZone");
        answerStatus();
        answerStatus();
    }

    private StatusNotificationRequest answerStatus() {
        return rig.csms.answerNext(StatusNotificationRequest.class, StatusNotificationResponse.of());
    }

    private TransactionEventRequest answerEvent() {
        return rig.csms.answerNext(TransactionEventRequest.class, TransactionEventResponse.of());
    }

    private static BigDecimal energy(TransactionEventRequest event) {
        return event.meterValue().getFirst().sampledValue().stream()
                .filter(s -> s.measurand() == MeasurandEnumType.ENERGY_ACTIVE_IMPORT_REGISTER)
                .map(SampledValueType::value)
                .findFirst()
                .orElseThrow();
    }

    private TransactionEventRequest startRemotely() {
        var answer = rig.csms.command(
                RequestStartTransactionRequest.of(IdTokenType.of("TAG1", IdTokenEnumType.CENTRAL), 77),
                RequestStartTransactionResponse.class);
        assertThat(answer.status()).isEqualTo(RequestStartStopStatusEnumType.ACCEPTED);
        assertThat(answerStatus().connectorStatus()).isEqualTo(ConnectorStatusEnumType.OCCUPIED);
        return answerEvent();
    }

    @Test
    void bootsWithItsReasonThenReportsEveryEvseThenHeartbeats() {
        rig.charger.start();
        var boot = rig.csms.expectCall(BootNotificationRequest.class);
        assertThat(((BootNotificationRequest) boot.request()).reason()).isEqualTo(BootReasonEnumType.POWER_UP);
        rig.csms.answer(boot, BootNotificationResponse.of(rig.timers.now(), 30, RegistrationStatusEnumType.ACCEPTED));
        assertThat(List.of(answerStatus().evseId(), answerStatus().evseId())).containsExactly(1, 2);
        rig.advance(Duration.ofSeconds(30));
        rig.csms.expect(HeartbeatRequest.class);
    }

    @Test
    void requestStartSendsTransactionEventStartedThenUpdatesWithIncreasingEnergy() {
        rig.charger.start();
        bootAccepted(300);
        var started = startRemotely();
        assertThat(started.eventType()).isEqualTo(TransactionEventEnumType.STARTED);
        assertThat(started.triggerReason()).isEqualTo(TriggerReasonEnumType.REMOTE_START);
        assertThat(started.transactionInfo().remoteStartId()).isEqualTo(77);
        assertThat(started.idToken().type()).isEqualTo(IdTokenEnumType.CENTRAL);
        assertThat(started.seqNo()).isZero();

        rig.advance(Duration.ofSeconds(10));
        var update1 = answerEvent();
        rig.advance(Duration.ofSeconds(10));
        var update2 = answerEvent();
        assertThat(update1.eventType()).isEqualTo(TransactionEventEnumType.UPDATED);
        assertThat(List.of(update1.seqNo(), update2.seqNo())).containsExactly(1, 2);
        assertThat(energy(update2)).isGreaterThan(energy(update1));
        assertThat(energy(update1)).isGreaterThan(energy(started));

        String transactionId = started.transactionInfo().transactionId();
        var stop =
                rig.csms.command(RequestStopTransactionRequest.of(transactionId), RequestStopTransactionResponse.class);
        assertThat(stop.status()).isEqualTo(RequestStartStopStatusEnumType.ACCEPTED);
        var ended = answerEvent();
        assertThat(ended.eventType()).isEqualTo(TransactionEventEnumType.ENDED);
        assertThat(ended.transactionInfo().stoppedReason()).isEqualTo(ReasonEnumType.REMOTE);
        assertThat(ended.offline()).isNull();
        assertThat(answerStatus().connectorStatus()).isEqualTo(ConnectorStatusEnumType.AVAILABLE);
    }

    @Test
    void eventsOfAnOutageAreResentInOrderMarkedOffline() {
        rig.charger.start();
        bootAccepted(300);
        startRemotely();
        rig.charger.dropConnection(Duration.ofSeconds(30));
        rig.advance(Duration.ofSeconds(25));
        rig.charger.stopSession(1, StopReason.LOCAL);
        rig.advance(Duration.ofSeconds(5));

        var queued = List.of(answerEvent(), answerEvent(), answerEvent());
        assertThat(queued).extracting(TransactionEventRequest::seqNo).containsExactly(1, 2, 3);
        assertThat(queued).extracting(TransactionEventRequest::offline).containsOnly(true);
        assertThat(queued.getLast().eventType()).isEqualTo(TransactionEventEnumType.ENDED);
    }

    @Test
    void getVariablesReadsTheDeviceModelAndNamesUnknownComponents() {
        rig.charger.start();
        bootAccepted(120);
        var answer = rig.csms.command(
                GetVariablesRequest.of(List.of(
                        GetVariableDataType.of(ComponentType.of("OCPPCommCtrlr"), VariableType.of("HeartbeatInterval")),
                        GetVariableDataType.of(ComponentType.of("OCPPCommCtrlr"), VariableType.of("Nope")),
                        GetVariableDataType.of(ComponentType.of("FluxCapacitor"), VariableType.of("Power")))),
                GetVariablesResponse.class);
        assertThat(answer.getVariableResult())
                .extracting(GetVariableResultType::attributeStatus)
                .containsExactly(
                        GetVariableStatusEnumType.ACCEPTED,
                        GetVariableStatusEnumType.UNKNOWN_VARIABLE,
                        GetVariableStatusEnumType.UNKNOWN_COMPONENT);
        assertThat(answer.getVariableResult().getFirst().attributeValue()).isEqualTo("120");
    }

    @Test
    void setVariablesChangesTheMeterIntervalAndRejectsReadOnlyVariables() {
        rig.charger.start();
        bootAccepted(300);
        var answer = rig.csms.command(
                SetVariablesRequest.of(List.of(
                        SetVariableDataType.of(
                                "5", ComponentType.of("SampledDataCtrlr"), VariableType.of("TxUpdatedInterval")),
                        SetVariableDataType.of(
                                "9", ComponentType.of("SmartChargingCtrlr"), VariableType.of("ProfileStackLevel")))),
                SetVariablesResponse.class);
        assertThat(answer.setVariableResult())
                .extracting(SetVariableResultType::attributeStatus)
                .containsExactly(SetVariableStatusEnumType.ACCEPTED, SetVariableStatusEnumType.REJECTED);
        startRemotely();
        rig.advance(Duration.ofSeconds(5));
        assertThat(answerEvent().eventType()).isEqualTo(TransactionEventEnumType.UPDATED);
    }

    @Test
    void resetOnIdleWaitsForTheTransactionToEnd() {
        rig.charger.start();
        bootAccepted(300);
        var started = startRemotely();
        var answer = rig.csms.command(ResetRequest.of(ResetEnumType.ON_IDLE), ResetResponse.class);
        assertThat(answer.status()).isEqualTo(ResetStatusEnumType.SCHEDULED);
        assertThat(rig.dialer.last().closed()).isFalse();

        rig.csms.command(
                RequestStopTransactionRequest.of(started.transactionInfo().transactionId()),
                RequestStopTransactionResponse.class);
        answerEvent();
        answerStatus();
        assertThat(rig.dialer.last().closed()).isTrue();
        rig.advance(Duration.ofSeconds(1));
        var reboot = rig.csms.expect(BootNotificationRequest.class);
        assertThat(reboot.reason()).isEqualTo(BootReasonEnumType.REMOTE_RESET);
    }

    @Test
    void dataTransferForAnUnknownVendorIsUnknownVendorId() {
        rig.charger.start();
        bootAccepted(300);
        var answer = rig.csms.command(DataTransferRequest.of("Acme"), DataTransferResponse.class);
        assertThat(answer.status()).isEqualTo(DataTransferStatusEnumType.UNKNOWN_VENDOR_ID);
    }

    @Test
    void faultedConnectorScenarioReportsFaultedWithAnEventAndRecovers() {
        var faulty = ChargerRig.ocpp201(s -> s.withConnectors(1).withScenario(Scenario.FAULTED_CONNECTOR));
        faulty.charger.start();
        faulty.csms.answerNext(
                BootNotificationRequest.class,
                BootNotificationResponse.of(faulty.timers.now(), 300, RegistrationStatusEnumType.ACCEPTED));
        faulty.csms.answerNext(StatusNotificationRequest.class, StatusNotificationResponse.of());
        faulty.advance(Duration.ofSeconds(1));
        var faulted = faulty.csms.answerNext(StatusNotificationRequest.class, StatusNotificationResponse.of());
        assertThat(faulted.connectorStatus()).isEqualTo(ConnectorStatusEnumType.FAULTED);
        var event = faulty.csms.answerNext(NotifyEventRequest.class, NotifyEventResponse.of());
        assertThat(event.eventData().getFirst().techCode()).isEqualTo("GroundFailure");
        faulty.advance(Duration.ofSeconds(60));
        var recovered = faulty.csms.answerNext(StatusNotificationRequest.class, StatusNotificationResponse.of());
        assertThat(recovered.connectorStatus()).isEqualTo(ConnectorStatusEnumType.AVAILABLE);
    }
}
