package io.evzone.gateway.dialect.v201;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.ConnectorStatusReported;
import io.evzone.contracts.charger.MeterSample;
import io.evzone.contracts.charger.Money;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.TransactionEventKind;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.v201.Ocpp201;
import io.evzone.ocpp.v201.messages.AuthorizationStatusEnumType;
import io.evzone.ocpp.v201.messages.MeterValuesRequest;
import io.evzone.ocpp.v201.messages.StatusNotificationRequest;
import io.evzone.ocpp.v201.messages.TransactionEventRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Ocpp201MapperTest {

    @SuppressWarnings("unchecked")
    private static <T> T decode(String frame) {
        var decoded = Ocpp201.codec(Role.CSMS).decode(frame);
        assertThat(decoded).isInstanceOf(Inbound.Call.class);
        return (T) ((Inbound.Call<?>) decoded).request();
    }

    @ParameterizedTest
    @CsvSource({
        "Available, AVAILABLE",
        "Occupied, OCCUPIED",
        "Reserved, RESERVED",
        "Unavailable, UNAVAILABLE",
        "Faulted, FAULTED"
    })
    void mapsEveryConnectorStatus(String ocpp, ConnectorStatus neutral) {
        StatusNotificationRequest request = decode("""
                [2,"1","StatusNotification",{"timestamp":"2026-03-01T10:00:00Z","connectorStatus":"%s",
                 "evseId":2,"connectorId":1}]""".formatted(ocpp));

        ConnectorStatusReported changed = Ocpp201Mapper.status("CS", request);

        assertThat(changed)
                .isEqualTo(new ConnectorStatusReported(
                        "CS", 2, 1, neutral, null, null, null, Instant.parse("2026-03-01T10:00:00Z")));
    }

    @Test
    void appliesTheUnitMultiplierAndTheSpecDefaults() {
        MeterValuesRequest request = decode("""
                [2,"1","MeterValues",{"evseId":1,"meterValue":[{"timestamp":"2026-03-01T10:00:00Z","sampledValue":[
                  {"value":12.5,"measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"kWh"}},
                  {"value":7.2,"measurand":"Power.Active.Import","unitOfMeasure":{"unit":"W","multiplier":3},
                   "phase":"L1","context":"Sample.Clock","location":"Outlet"},
                  {"value":900}]}]}]""");

        List<MeterSample> samples = Ocpp201Mapper.samples(request.meterValue());

        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(samples.get(0).value()).isEqualByComparingTo("12.5");
        assertThat(samples.get(0).unit()).isEqualTo("kWh");
        assertThat(samples.get(1))
                .isEqualTo(new MeterSample(
                        at,
                        new BigDecimal("7.2").scaleByPowerOfTen(3),
                        "Power.Active.Import",
                        "L1",
                        "W",
                        "Sample.Clock",
                        "Outlet"));
        assertThat(samples.get(1).value()).isEqualByComparingTo("7200");
        assertThat(samples.get(2))
                .isEqualTo(new MeterSample(
                        at,
                        new BigDecimal("900"),
                        "Energy.Active.Import.Register",
                        null,
                        "Wh",
                        "Sample.Periodic",
                        null));
        assertThat(Ocpp201Mapper.energyWh(samples)).isEqualTo(12_500L);
        assertThat(Ocpp201Mapper.samples(null)).isEmpty();
    }

    @Test
    void energyIsUnknownWithoutAnEnergyRegisterSample() {
        assertThat(Ocpp201Mapper.energyWh(List.of())).isNull();
    }

    @Test
    void mapsATransactionEventToAVersionNeutralReport() {
        TransactionEventRequest event = decode("""
                [2,"1","TransactionEvent",{"eventType":"Ended","timestamp":"2026-03-01T11:00:00Z",
                 "triggerReason":"StopAuthorized","seqNo":4,"offline":true,"reservationId":9,
                 "transactionInfo":{"transactionId":"TX-9","chargingState":"Idle","stoppedReason":"Local"},
                 "evse":{"id":2,"connectorId":1},"idToken":{"idToken":"TAG-1","type":"ISO14443"},
                 "meterValue":[{"timestamp":"2026-03-01T11:00:00Z","sampledValue":[
                   {"value":3000,"context":"Transaction.End","measurand":"Energy.Active.Import.Register",
                    "unitOfMeasure":{"unit":"Wh"}}]}]}]""");

        TransactionReported report = Ocpp201Mapper.transaction("CS", event);

        assertThat(report.ocppVersion()).isEqualTo(OcppVersion.V201);
        assertThat(report.kind()).isEqualTo(TransactionEventKind.ENDED);
        assertThat(report.transactionId()).isEqualTo("TX-9");
        assertThat(report.seqNo()).isEqualTo(4);
        assertThat(report.evseId()).isEqualTo(2);
        assertThat(report.connectorId()).isEqualTo(1);
        assertThat(report.idToken().value()).isEqualTo("TAG-1");
        assertThat(report.idToken().type()).isEqualTo("ISO14443");
        assertThat(report.meterWh()).isEqualTo(3000L);
        assertThat(report.triggerReason()).isEqualTo("StopAuthorized");
        assertThat(report.chargingState()).isEqualTo("Idle");
        assertThat(report.stoppedReason()).isEqualTo("Local");
        assertThat(report.reservationId()).isEqualTo(9);
        assertThat(report.offline()).isTrue();
        assertThat(report.samples()).hasSize(1);
    }

    @Test
    void anEventWithoutEvseOrTokenHasZeroesAndNoToken() {
        TransactionEventRequest event = decode("""
                [2,"1","TransactionEvent",{"eventType":"Updated","timestamp":"2026-03-01T11:00:00Z",
                 "triggerReason":"MeterValuePeriodic","seqNo":1,"transactionInfo":{"transactionId":"TX-1"}}]""");

        TransactionReported report = Ocpp201Mapper.transaction("CS", event);

        assertThat(report.kind()).isEqualTo(TransactionEventKind.UPDATED);
        assertThat(report.evseId()).isZero();
        assertThat(report.connectorId()).isZero();
        assertThat(report.idToken()).isNull();
        assertThat(report.meterWh()).isNull();
        assertThat(report.offline()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(AuthorizationStatus.class)
    void everyNeutralAuthorizationHasA201Word(AuthorizationStatus neutral) {
        AuthorizationStatusEnumType status = Ocpp201Mapper.idTokenInfo(new AuthorizationAnswer(neutral, null, null))
                .status();

        assertThat(status.name()).isEqualTo(neutral.name());
    }

    @Test
    void carriesTheGroupAsACentralIdToken() {
        var info = Ocpp201Mapper.idTokenInfo(new AuthorizationAnswer(AuthorizationStatus.ACCEPTED, null, "FLEET-7"));

        assertThat(info.groupIdToken().idToken()).isEqualTo("FLEET-7");
        assertThat(info.groupIdToken().type().value()).isEqualTo("Central");
    }

    @Test
    void theFinalTotalCostIsSentInTheCurrencysMajorUnitBesideTheTokensStanding() {
        var accepted = new AuthorizationAnswer(AuthorizationStatus.ACCEPTED, null, null);

        var inEuro = Ocpp201Mapper.transactionEventResponse(accepted, new Money(1250, "EUR"));
        var inShillings = Ocpp201Mapper.transactionEventResponse(null, new Money(1500, "UGX"));
        var withoutCost = Ocpp201Mapper.transactionEventResponse(accepted, null);

        assertThat(inEuro.totalCost()).isEqualTo(new BigDecimal("12.50"));
        assertThat(inEuro.idTokenInfo().status()).isEqualTo(AuthorizationStatusEnumType.ACCEPTED);
        assertThat(inShillings.totalCost()).isEqualTo(new BigDecimal("1500"));
        assertThat(inShillings.idTokenInfo()).isNull();
        assertThat(withoutCost.totalCost()).isNull();
    }
}
