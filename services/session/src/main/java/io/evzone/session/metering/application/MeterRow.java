package io.evzone.session.metering.application;

import io.evzone.contracts.charger.MeterSample;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One sampled value to store.
 *
 * @param sessionId the session it belongs to, or null for values outside a known session
 */
public record MeterRow(
        String chargePointId, int evseId, int connectorId, UUID sessionId, String transactionId, MeterSample sample) {

    private static final String DEFAULT_MEASURAND = "Energy.Active.Import.Register";

    /** When the value was sampled; a sample without a time is recorded at {@code fallback}. */
    public Instant sampledAt(Instant fallback) {
        return sample.timestamp() == null ? fallback : sample.timestamp();
    }

    /** OCPP: a value without a measurand is the energy register. */
    public String measurand() {
        return sample.measurand() == null || sample.measurand().isBlank() ? DEFAULT_MEASURAND : sample.measurand();
    }

    /**
     * Identifies the same sample sent twice (a charger resending after an outage): everything but
     * the time, which the unique index holds as its own column. 64-bit FNV-1a.
     */
    public long sampleKey() {
        String identity = evseId + "\u0001" + connectorId + "\u0001" + measurand() + "\u0001" + sample.phase()
                + "\u0001" + sample.location() + "\u0001" + sample.context();
        long hash = 0xcbf29ce484222325L;
        for (byte b : identity.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
