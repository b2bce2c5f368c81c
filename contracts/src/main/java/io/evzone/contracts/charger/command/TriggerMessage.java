package io.evzone.contracts.charger.command;

/**
 * Ask the charger to send a message now. Messages of one version only are NOT_SUPPORTED on the other.
 *
 * @param evseId for the messages about an EVSE (status, meter values)
 * @param connectorId 1.6: the connector; 2.0.1: within {@code evseId}
 */
public record TriggerMessage(Message message, Integer evseId, Integer connectorId) implements ChargerCommand {

    public enum Message {
        BOOT_NOTIFICATION,
        HEARTBEAT,
        STATUS_NOTIFICATION,
        METER_VALUES,
        FIRMWARE_STATUS_NOTIFICATION,
        /** 1.6: DiagnosticsStatusNotification; 2.0.1 has only log status. */
        DIAGNOSTICS_STATUS_NOTIFICATION,
        /** 1.6 security extension: through ExtendedTriggerMessage. */
        LOG_STATUS_NOTIFICATION,
        /** The charger's own certificate (1.6 SignChargePointCertificate, 2.0.1 SignChargingStationCertificate). */
        SIGN_CHARGER_CERTIFICATE,
        /** 2.0.1 only. */
        SIGN_V2G_CERTIFICATE,
        /** 2.0.1 only. */
        TRANSACTION_EVENT
    }

    public TriggerMessage {
        Fields.required(message, "message");
        Fields.atLeast(evseId, 0, "evseId");
        Fields.atLeast(connectorId, 0, "connectorId");
    }
}
