package io.evzone.ocpp.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one {@link JsonMapper} the library uses: immutable and thread-safe, so it is built once and shared.
 *
 * <ul>
 *   <li>Optional fields left {@code null} are not written: OCPP 2.0.1 Part 4 §4.1.5 allows only leaving an
 *       empty optional field out, never {@code null}.
 *   <li>Decimal numbers are read as {@link java.math.BigDecimal}, so amounts and meter values keep every digit,
 *       and written without exponent.
 *   <li>{@link Instant}s are read from any RFC 3339 date-time and written in UTC with {@code Z}.
 *   <li>Duplicate object keys and trailing content make a frame invalid JSON.
 * </ul>
 */
public final class OcppJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("ocpp-instant")
                    .addSerializer(Instant.class, new InstantSerializer())
                    .addDeserializer(Instant.class, new InstantDeserializer()))
            .build();

    private OcppJson() {}

    /** The shared mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
