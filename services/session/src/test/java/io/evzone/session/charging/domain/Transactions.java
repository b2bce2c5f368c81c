package io.evzone.session.charging.domain;

import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.MeterSample;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.TransactionEventKind;
import io.evzone.contracts.charger.TransactionReported;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Transaction messages as the gateway reports them, for tests. */
public final class Transactions {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private Transactions() {}

    public static TransactionReported v16(
            String cp,
            TransactionEventKind kind,
            String tx,
            String idTag,
            Long meterWh,
            Instant at,
            MeterSample... samples) {
        return new TransactionReported(
                cp,
                OcppVersion.V16,
                kind,
                tx,
                null,
                1,
                1,
                IdToken.ofIdTag(idTag),
                meterWh,
                kind == TransactionEventKind.STARTED ? "StartTransaction" : "StopTransaction",
                null,
                kind == TransactionEventKind.ENDED ? "Local" : null,
                null,
                false,
                at,
                List.of(samples));
    }

    public static TransactionReported v201(
            String cp,
            TransactionEventKind kind,
            String tx,
            int seqNo,
            String idTag,
            Long meterWh,
            Instant at,
            MeterSample... samples) {
        return new TransactionReported(
                cp,
                OcppVersion.V201,
                kind,
                tx,
                seqNo,
                1,
                1,
                idTag == null ? null : new IdToken(idTag, "ISO14443"),
                meterWh,
                "MeterValuePeriodic",
                "Charging",
                kind == TransactionEventKind.ENDED ? "EVDisconnected" : null,
                null,
                false,
                at,
                List.of(samples));
    }

    public static MeterSample energy(String value, String unit, Instant at) {
        return new MeterSample(
                at, new BigDecimal(value), "Energy.Active.Import.Register", null, unit, "Sample.Periodic", null);
    }

    public static MeterSample power(String value, String unit, Instant at) {
        return new MeterSample(at, new BigDecimal(value), "Power.Active.Import", null, unit, "Sample.Periodic", null);
    }
}
