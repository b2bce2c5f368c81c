package io.evzone.ocpp.v201;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.codec.OutgoingCall;
import io.evzone.ocpp.support.Rejections;
import io.evzone.ocpp.v201.messages.IdTokenEnumType;
import io.evzone.ocpp.v201.messages.IdTokenType;
import io.evzone.ocpp.v201.messages.MeasurandEnumType;
import io.evzone.ocpp.v201.messages.MeterValueType;
import io.evzone.ocpp.v201.messages.Ocpp201CsmsRequest;
import io.evzone.ocpp.v201.messages.Ocpp201Request;
import io.evzone.ocpp.v201.messages.Ocpp201Response;
import io.evzone.ocpp.v201.messages.RequestStartTransactionRequest;
import io.evzone.ocpp.v201.messages.SampledValueType;
import io.evzone.ocpp.v201.messages.TransactionEventEnumType;
import io.evzone.ocpp.v201.messages.TransactionEventRequest;
import io.evzone.ocpp.v201.messages.TransactionType;
import io.evzone.ocpp.v201.messages.TriggerReasonEnumType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed 2.0.1 API from both sides. */
class Ocpp201CodecTest {
    private final OcppCodec<Ocpp201Request, Ocpp201Response> station =
            Ocpp201.codec(Role.CHARGING_STATION).withMessageIds(() -> "tx-1");
    private final OcppCodec<Ocpp201Request, Ocpp201Response> csms = Ocpp201.codec(Role.CSMS);

    @Test
    void aTransactionEventKeepsEveryDigitOfItsMeterValue() {
        SampledValueType energy = new SampledValueType(
                null,
                new BigDecimal("12345.678"),
                null,
                MeasurandEnumType.ENERGY_ACTIVE_IMPORT_REGISTER,
                null,
                null,
                null,
                null);
        TransactionEventRequest event = new TransactionEventRequest(
                null,
                TransactionEventEnumType.UPDATED,
                List.of(new MeterValueType(null, List.of(energy), Instant.parse("2024-05-01T10:00:00Z"))),
                Instant.parse("2024-05-01T10:00:00Z"),
                TriggerReasonEnumType.METER_VALUE_PERIODIC,
                7,
                null,
                null,
                null,
                null,
                TransactionType.of("T-1"),
                null,
                null);

        OutgoingCall call = station.encodeCall(event);

        assertThat(call.frame()).contains("\"value\":12345.678", "\"measurand\":\"Energy.Active.Import.Register\"");
        assertThat(Rejections.accepted(csms, call.frame())).isEqualTo(event);
    }

    @Test
    void theStationHandlesCsmsRequestsWithAnExhaustiveSwitch() {
        Ocpp201Request request = Rejections.accepted(station, """
                [2, "r1", "RequestStartTransaction",
                 {"idToken": {"idToken": "04A1B2C3", "type": "ISO14443"}, "remoteStartId": 17}]""");

        assertThat(request).isInstanceOf(Ocpp201CsmsRequest.class);
        assertThat(request)
                .isEqualTo(RequestStartTransactionRequest.of(IdTokenType.of("04A1B2C3", IdTokenEnumType.ISO14443), 17));
    }
}
