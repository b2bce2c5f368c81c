package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * One OCPP frame that went in or out of the gateway, on {@code ocpp.message} keyed by the charge point
 * id: the replayable message log. The frame is kept as the exact text that travelled, so a replay sees
 * what the charger saw.
 *
 * @param direction {@code IN} (charger to CSMS) or {@code OUT} (CSMS to charger)
 * @param messageType {@code CALL}, {@code CALLRESULT} or {@code CALLERROR}, or {@code MALFORMED} for text that was not a frame
 * @param action the OCPP action (for answers, the action of the CALL they answer), or null when unknown
 * @param messageId the frame's message id, or null when unreadable
 * @param frame the frame text
 * @param at when the gateway received or sent it
 * @param gatewayNode the gateway node that holds the connection
 */
public record OcppMessageLogged(
        String ocppId,
        OcppVersion ocppVersion,
        String direction,
        String messageType,
        String action,
        String messageId,
        String frame,
        Instant at,
        String gatewayNode) {}
