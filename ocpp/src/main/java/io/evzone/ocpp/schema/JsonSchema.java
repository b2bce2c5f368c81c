package io.evzone.ocpp.schema;

import io.evzone.ocpp.json.OcppJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A compiled JSON schema (the draft-07 subset the OCA's OCPP schemas use). Compile once, then validate from any
 * number of threads: a compiled schema is immutable.
 */
public final class JsonSchema {
    private final JsonNode document;
    private final Rule root;

    private JsonSchema(JsonNode document, Rule root) {
        this.document = document;
        this.root = root;
    }

    /**
     * Compiles a schema document.
     *
     * @throws IllegalArgumentException if it uses a keyword, type, format or {@code $ref} form this validator
     *     does not enforce
     */
    public static JsonSchema compile(JsonNode document) {
        return new JsonSchema(document, new SchemaCompiler(document).compileDocument());
    }

    /** Reads and compiles a schema from the class path, relative to the given class. */
    public static JsonSchema load(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema resource " + resource + " next to " + anchor.getName());
            }
            return compile(OcppJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first violation of the schema by the value, or empty if the value conforms. */
    public Optional<SchemaViolation> validate(JsonNode value) {
        return Optional.ofNullable(root.check(value, Path.ROOT));
    }

    /** The schema document as published. */
    public JsonNode document() {
        return document;
    }
}
