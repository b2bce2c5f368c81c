package io.evzone.ocpp.codec;

import io.evzone.ocpp.schema.SchemaViolation;

/** A typed message we were about to send breaks its official schema: a bug on our side, not the peer's. */
public final class OcppEncodingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient SchemaViolation violation;

    public OcppEncodingException(String action, SchemaViolation violation) {
        super(action + " does not conform to its schema: " + violation.description());
        this.violation = violation;
    }

    /** The first place the message breaks the schema. */
    public SchemaViolation violation() {
        return violation;
    }
}
