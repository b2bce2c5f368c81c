package io.evzone.ocpp.codec;

import io.evzone.ocpp.Direction;
import io.evzone.ocpp.schema.JsonSchema;

/**
 * One OCPP action: its name, its typed request and response, who may call it, and the official schemas both
 * payloads must satisfy.
 *
 * @param <Q> the version's request type
 * @param <R> the version's response type
 */
public record ActionDefinition<Q, R>(
        String name,
        Class<? extends Q> requestType,
        Class<? extends R> responseType,
        Direction direction,
        JsonSchema requestSchema,
        JsonSchema responseSchema) {}
