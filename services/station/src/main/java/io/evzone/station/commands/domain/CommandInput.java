package io.evzone.station.commands.domain;

/**
 * What an operator may send with a command, the request body; each command reads the fields it needs: remote-start
 * {@code connectorId?, evseId?, idTag, idTokenType?}; remote-stop {@code transactionId}; unlock {@code connectorId | evseId};
 * update-firmware {@code location, retrieveAt, installAt?, retries?, retryIntervalSec?}; pause and resume
 * {@code connectorId? | evseId?} (none: the whole charger); soft-reset and reboot none.
 *
 * @param idTokenType the token's OCPP 2.0.1 type (ISO14443, ISO15693, eMAID, ...); absent: ISO14443, an RFID card
 * @param transactionId the charger's transaction id exactly as it reported it (digits for OCPP 1.6 chargers)
 * @param sessionId accepted for compatibility and refused with a pointer to the session service, which owns sessions
 * @param retrieveAt ISO-8601 instant from which the charger may download the firmware
 */
public record CommandInput(
        Integer connectorId,
        Integer evseId,
        String idTag,
        String idTokenType,
        String transactionId,
        String sessionId,
        String location,
        String retrieveAt,
        String installAt,
        Integer retries,
        Integer retryIntervalSec) {

    public static final CommandInput NONE =
            new CommandInput(null, null, null, null, null, null, null, null, null, null, null);
}
