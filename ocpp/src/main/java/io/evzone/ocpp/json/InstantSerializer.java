package io.evzone.ocpp.json;

import java.time.Instant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an {@link Instant} as {@link Rfc3339#format(Instant)} does. */
final class InstantSerializer extends StdSerializer<Instant> {
    InstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(Rfc3339.format(value));
    }
}
