package io.evzone.ocpp.codec;

/**
 * A CALL ready to send.
 *
 * @param messageId the fresh id, to register with {@link io.evzone.ocpp.rpc.PendingCalls}
 * @param action the action, needed to decode the answer
 * @param frame the text frame
 */
public record OutgoingCall(String messageId, String action, String frame) {}
