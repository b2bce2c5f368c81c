package io.evzone.launcher;

import io.evzone.ocpp.v16.messages.Measurand;
import io.evzone.ocpp.v16.messages.MeterValue;
import io.evzone.ocpp.v16.messages.MeterValuesRequest;
import io.evzone.ocpp.v16.messages.ReadingContext;
import io.evzone.ocpp.v16.messages.Reason;
import io.evzone.ocpp.v16.messages.SampledValue;
import io.evzone.ocpp.v16.messages.StartTransactionRequest;
import io.evzone.ocpp.v16.messages.StartTransactionResponse;
import io.evzone.ocpp.v16.messages.StopTransactionRequest;
import io.evzone.ocpp.v16.messages.UnitOfMeasure;
import io.evzone.ocpp.v201.messages.EVSEType;
import io.evzone.ocpp.v201.messages.IdTokenEnumType;
import io.evzone.ocpp.v201.messages.IdTokenType;
import io.evzone.ocpp.v201.messages.MeasurandEnumType;
import io.evzone.ocpp.v201.messages.MeterValueType;
import io.evzone.ocpp.v201.messages.ReadingContextEnumType;
import io.evzone.ocpp.v201.messages.ReasonEnumType;
import io.evzone.ocpp.v201.messages.SampledValueType;
import io.evzone.ocpp.v201.messages.TransactionEventEnumType;
import io.evzone.ocpp.v201.messages.TransactionEventRequest;
import io.evzone.ocpp.v201.messages.TransactionType;
import io.evzone.ocpp.v201.messages.TriggerReasonEnumType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The transaction messages a charger sends, built the way end-to-end tests need them (energy in Wh). */
final class TransactionMessages {

    private TransactionMessages() {}

    /** OCPP 1.6: StartTransaction, MeterValues and StopTransaction with Energy.Active.Import.Register samples. */
    static final class V16 {

        private V16() {}

        static StartTransactionRequest start(int connector, String tag, int meterStartWh, Instant at) {
            return StartTransactionRequest.of(connector, tag, meterStartWh, at);
        }

        static MeterValuesRequest meterValues(StartTransactionResponse started, MeterValue... values) {
            return new MeterValuesRequest(1, started.transactionId(), List.of(values));
        }

        static StopTransactionRequest stop(
                StartTransactionResponse started, int meterStopWh, Instant at, Reason reason) {
            return stop(started.transactionId(), meterStopWh, at, reason);
        }

        static StopTransactionRequest stop(
                int transactionId, int meterStopWh, Instant at, Reason reason, MeterValue... transactionData) {
            List<MeterValue> data = transactionData.length == 0 ? null : List.of(transactionData);
            return new StopTransactionRequest(null, meterStopWh, at, transactionId, reason, data);
        }

        static MeterValue energy(long wh, Instant at) {
            return energy(wh, at, ReadingContext.SAMPLE_PERIODIC);
        }

        static MeterValue energy(long wh, Instant at, ReadingContext context) {
            return sample(wh, at, context, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, UnitOfMeasure.WH);
        }

        static MeterValue power(long w, Instant at) {
            return sample(w, at, ReadingContext.SAMPLE_PERIODIC, Measurand.POWER_ACTIVE_IMPORT, UnitOfMeasure.W);
        }

        private static MeterValue sample(
                long value, Instant at, ReadingContext context, Measurand measurand, UnitOfMeasure unit) {
            return new MeterValue(
                    at, List.of(new SampledValue(Long.toString(value), context, null, measurand, null, null, unit)));
        }
    }

    /** OCPP 2.0.1: TransactionEvents on EVSE 1, each with an Energy.Active.Import.Register sample. */
    static final class V201 {

        private V201() {}

        static TransactionEventRequest started(String tx, String tag, long registerWh, Instant at) {
            return event(
                    TransactionEventEnumType.STARTED,
                    TriggerReasonEnumType.AUTHORIZED,
                    0,
                    at,
                    TransactionType.of(tx),
                    rfid(tag),
                    energy(registerWh, at, ReadingContextEnumType.TRANSACTION_BEGIN));
        }

        static TransactionEventRequest updated(String tx, int seqNo, long registerWh, Instant at) {
            return event(
                    TransactionEventEnumType.UPDATED,
                    TriggerReasonEnumType.METER_VALUE_PERIODIC,
                    seqNo,
                    at,
                    TransactionType.of(tx),
                    null,
                    energy(registerWh, at, ReadingContextEnumType.SAMPLE_PERIODIC));
        }

        static TransactionEventRequest ended(String tx, int seqNo, long registerWh, Instant at, ReasonEnumType reason) {
            return event(
                    TransactionEventEnumType.ENDED,
                    TriggerReasonEnumType.EV_DEPARTED,
                    seqNo,
                    at,
                    new TransactionType(null, tx, null, null, reason, null),
                    null,
                    energy(registerWh, at, ReadingContextEnumType.TRANSACTION_END));
        }

        static TransactionEventRequest event(
                TransactionEventEnumType type,
                TriggerReasonEnumType trigger,
                int seqNo,
                Instant at,
                TransactionType transaction,
                IdTokenType token,
                MeterValueType meterValue) {
            return new TransactionEventRequest(
                    null,
                    type,
                    List.of(meterValue),
                    at,
                    trigger,
                    seqNo,
                    null,
                    null,
                    null,
                    null,
                    transaction,
                    new EVSEType(null, 1, 1),
                    token);
        }

        static MeterValueType energy(long wh, Instant at, ReadingContextEnumType context) {
            var sample = new SampledValueType(
                    null,
                    BigDecimal.valueOf(wh),
                    context,
                    MeasurandEnumType.ENERGY_ACTIVE_IMPORT_REGISTER,
                    null,
                    null,
                    null,
                    null);
            return MeterValueType.of(List.of(sample), at);
        }

        static IdTokenType rfid(String tag) {
            return IdTokenType.of(tag, IdTokenEnumType.ISO14443);
        }
    }
}
