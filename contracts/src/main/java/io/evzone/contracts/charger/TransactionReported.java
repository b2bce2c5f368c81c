package io.evzone.contracts.charger;

import java.time.Instant;
import java.util.List;

/**
 * A transaction message from a charger: 1.6 StartTransaction (STARTED) or StopTransaction (ENDED),
 * or 2.0.1 TransactionEvent. The session service turns these into charging sessions.
 *
 * @param transactionId the transaction's id as the charger knows it (1.6: the id the CSMS allocated)
 * @param seqNo 2.0.1's sequence number; null for 1.6
 * @param idToken the token that started or stopped it, or null
 * @param meterWh the energy register in Wh at this moment (meterStart/meterStop for 1.6), or null
 * @param triggerReason 2.0.1's trigger reason; for 1.6 "StartTransaction" or "StopTransaction"
 * @param stoppedReason why it ended (1.6 reason, 2.0.1 stoppedReason), or null
 * @param offline 2.0.1: the charger queued this message while offline
 * @param samples meter values carried in the same message
 */
public record TransactionReported(
        String ocppId,
        OcppVersion ocppVersion,
        TransactionEventKind kind,
        String transactionId,
        Integer seqNo,
        int evseId,
        int connectorId,
        IdToken idToken,
        Long meterWh,
        String triggerReason,
        String chargingState,
        String stoppedReason,
        Integer reservationId,
        boolean offline,
        Instant timestamp,
        List<MeterSample> samples) {}
