package io.evzone.contracts.charger;

import java.util.List;

/**
 * Meter values from MeterValues (1.6, 2.0.1) or inside a TransactionEvent (2.0.1).
 *
 * @param transactionId the charger-side transaction id as a string (1.6: the CSMS-allocated integer), or null
 */
public record MeterValuesReported(
        String ocppId, int evseId, int connectorId, String transactionId, List<MeterSample> samples) {}
