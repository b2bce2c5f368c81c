package io.evzone.gateway.dialect.v16;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.ConnectorStatusReported;
import io.evzone.contracts.charger.MeterSample;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.MeterValuesRequest;
import io.evzone.ocpp.v16.messages.StatusNotificationRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ocpp16MapperTest {

    @SuppressWarnings("unchecked")
    private static <T> T decode(String frame) {
        var decoded = Ocpp16.codec(Role.CSMS).decode(frame);
        assertThat(decoded).isInstanceOf(Inbound.Call.class);
        return (T) ((Inbound.Call<?>) decoded).request();
    }

    @ParameterizedTest
    @CsvSource({
        "Available, AVAILABLE",
        "Preparing, PREPARING",
        "Charging, CHARGING",
        "SuspendedEV, SUSPENDED_EV",
        "SuspendedEVSE, SUSPENDED_EVSE",
        "Finishing, FINISHING",
        "Reserved, RESERVED",
        "Unavailable, UNAVAILABLE",
        "Faulted, FAULTED"
    })
    void mapsEveryConnectorStatus(String ocpp, ConnectorStatus neutral) {
        StatusNotificationRequest request = decode("""
                [2,"1","StatusNotification",{"connectorId":2,"errorCode":"NoError","status":"%s"}]""".formatted(ocpp));

        ConnectorStatusReported changed = Ocpp16Mapper.status("CP", request);

        assertThat(changed.status()).isEqualTo(neutral);
        assertThat(changed.evseId()).isEqualTo(2);
        assertThat(changed.connectorId()).isEqualTo(2);
        assertThat(changed.reportedAt()).isNotNull();
    }

    @Test
    void keepsErrorCodesVendorDetailsAndTheChargersTimestamp() {
        StatusNotificationRequest request = decode("""
                [2,"1","StatusNotification",{"connectorId":1,"errorCode":"GroundFailure","status":"Faulted",
                 "vendorErrorCode":"E42","info":"RCD tripped","timestamp":"2026-03-01T10:00:00+02:00"}]""");

        ConnectorStatusReported changed = Ocpp16Mapper.status("CP", request);

        assertThat(changed.errorCode()).isEqualTo("GroundFailure");
        assertThat(changed.vendorErrorCode()).isEqualTo("E42");
        assertThat(changed.info()).isEqualTo("RCD tripped");
        assertThat(changed.reportedAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
    }

    @Test
    void mapsMeterSamplesWithTheSpecDefaultsForOmittedFields() {
        MeterValuesRequest request = decode("""
                [2,"1","MeterValues",{"connectorId":1,"transactionId":5,"meterValue":[
                  {"timestamp":"2026-03-01T10:00:00Z","sampledValue":[
                    {"value":"1234.5"},
                    {"value":"16.2","measurand":"Current.Import","phase":"L1","unit":"A",
                     "context":"Sample.Clock","location":"Outlet"},
                    {"value":"not-a-number","format":"SignedData"}]}]}]""");

        List<MeterSample> samples = Ocpp16Mapper.samples(request.meterValue());

        assertThat(samples).hasSize(2); // signed data carries no number
        assertThat(samples.getFirst())
                .isEqualTo(new MeterSample(
                        Instant.parse("2026-03-01T10:00:00Z"),
                        new BigDecimal("1234.5"),
                        "Energy.Active.Import.Register",
                        null,
                        "Wh",
                        "Sample.Periodic",
                        null));
        assertThat(samples.get(1))
                .isEqualTo(new MeterSample(
                        Instant.parse("2026-03-01T10:00:00Z"),
                        new BigDecimal("16.2"),
                        "Current.Import",
                        "L1",
                        "A",
                        "Sample.Clock",
                        "Outlet"));
        assertThat(Ocpp16Mapper.samples(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "ACCEPTED, ACCEPTED",
        "BLOCKED, BLOCKED",
        "EXPIRED, EXPIRED",
        "CONCURRENT_TX, CONCURRENT_TX",
        "INVALID, INVALID",
        "NO_CREDIT, INVALID",
        "NOT_AT_THIS_LOCATION, INVALID",
        "UNKNOWN, INVALID"
    })
    void mapsAuthorizationsToThe16Words(
            AuthorizationStatus neutral, io.evzone.ocpp.v16.messages.AuthorizationStatus ocpp) {
        assertThat(Ocpp16Mapper.idTagInfo(new AuthorizationAnswer(neutral, null, null))
                        .status())
                .isEqualTo(ocpp);
    }

    @Test
    void dropsAParentIdTagLongerThan16Allows() {
        assertThat(Ocpp16Mapper.idTagInfo(new AuthorizationAnswer(AuthorizationStatus.ACCEPTED, null, "GROUP-1"))
                        .parentIdTag())
                .isEqualTo("GROUP-1");
        assertThat(Ocpp16Mapper.idTagInfo(new AuthorizationAnswer(AuthorizationStatus.ACCEPTED, null, "G".repeat(21)))
                        .parentIdTag())
                .isNull();
    }
}
