package io.evzone.contracts.charger;

/**
 * Version-neutral commands and their parameters. The gateway maps each to the charger's OCPP
 * version (1.6 name / 2.0.1 name).
 */
public enum CommandAction {
    /** RemoteStartTransaction / RequestStartTransaction: {@code evseId?}, {@code connectorId?}, {@code idToken}, {@code remoteStartId?}. */
    REMOTE_START,
    /** RemoteStopTransaction / RequestStopTransaction: {@code transactionId}. */
    REMOTE_STOP,
    /** Reset: {@code type} SOFT or HARD (2.0.1: OnIdle or Immediate). */
    RESET,
    /** UnlockConnector: {@code evseId?}, {@code connectorId}. */
    UNLOCK,
    /** ChangeAvailability: {@code evseId?}, {@code connectorId?}, {@code operative} (boolean). */
    CHANGE_AVAILABILITY,
    /** ReserveNow: {@code reservationId}, {@code evseId?}, {@code connectorId?}, {@code expiresAt}, {@code idToken}. */
    RESERVE_NOW,
    /** CancelReservation: {@code reservationId}. */
    CANCEL_RESERVATION,
    /** TriggerMessage: {@code message} (e.g. StatusNotification, BootNotification), {@code evseId?}. */
    TRIGGER_MESSAGE,
    /** UpdateFirmware: {@code location}, {@code retrieveAt}, {@code installAt?}, {@code retries?}, {@code retryIntervalSec?}. */
    UPDATE_FIRMWARE,
    /** SendLocalList: {@code version}, {@code updateType} FULL/DIFFERENTIAL, {@code entries} [{idToken, status, expiresAt?, groupId?}]. */
    SEND_LOCAL_LIST
}
