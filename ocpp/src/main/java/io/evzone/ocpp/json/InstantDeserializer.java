package io.evzone.ocpp.json;

import java.time.DateTimeException;
import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads an {@link Instant} from an RFC 3339 date-time string, with any offset. */
final class InstantDeserializer extends StdDeserializer<Instant> {
    InstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getString();
        try {
            return Rfc3339.parse(text);
        } catch (DateTimeException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text, e.getMessage());
        }
    }
}
