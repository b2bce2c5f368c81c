package io.evzone.ocpp.codec;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.RpcErrorCode;

/**
 * A payload decoded into a typed message, or why it could not be.
 *
 * @param <T> the message type
 */
public sealed interface Decoded<T> {

    /** The payload conforms to its schema. */
    record Valid<T>(T message) implements Decoded<T> {}

    /**
     * The payload does not conform.
     *
     * @param fault what is wrong
     * @param errorCode the version's code for it
     * @param description what is wrong, naming the field
     */
    record Invalid<T>(Fault fault, RpcErrorCode errorCode, String description) implements Decoded<T> {}
}
