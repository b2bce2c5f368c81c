package io.evzone.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/** Reads JSON strings as Jackson does, refusing any that holds a NUL character (see {@link NulCharacters}). */
public class NulRejectingStringDeserializer extends StdScalarDeserializer<String> {

    public NulRejectingStringDeserializer() {
        super(String.class);
    }

    /** The module that puts this deserializer in place of Jackson's for every {@code String}. */
    public static SimpleModule module() {
        return new SimpleModule("evzone-nul-guard").addDeserializer(String.class, new NulRejectingStringDeserializer());
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (NulCharacters.in(value)) {
            throw new NulCharacterException(parser);
        }
        return value;
    }
}
