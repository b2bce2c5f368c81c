package io.evzone.contracts.charger;

import java.time.Instant;
import java.util.Map;

/**
 * Status reports that need no answer but matter to operators: firmware, diagnostics and log upload
 * status, security events, 2.0.1 NotifyEvent, DataTransfer.
 *
 * @param action the OCPP action it came from, e.g. FirmwareStatusNotification
 * @param status the reported status or event type
 * @param details the remaining fields, flattened to strings
 */
public record ChargerNotification(
        String ocppId, String action, String status, Map<String, String> details, Instant reportedAt) {}
