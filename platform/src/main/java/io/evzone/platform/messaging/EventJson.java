package io.evzone.platform.messaging;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes event envelopes as JSON, the format of every value on EVZone's topics. */
public class EventJson {

    private final JsonMapper json;
    private final Map<Class<?>, JavaType> envelopeTypes = new ConcurrentHashMap<>();

    public EventJson(JsonMapper json) {
        this.json = json;
    }

    public String write(EventEnvelope<?> envelope) {
        return json.writeValueAsString(envelope);
    }

    /**
     * Reads an envelope whose payload is of the given type.
     *
     * @throws PoisonMessageException when the value is not a readable envelope of that type
     */
    public <T> EventEnvelope<T> read(String value, Class<T> payloadType) {
        // One streaming pass into the typed envelope: reading a tree first and converting it twice
        // (envelope with a map payload, then the payload) cost a busy consumer a third of its time.
        JavaType envelopeType = envelopeTypes.computeIfAbsent(
                payloadType, type -> json.getTypeFactory().constructParametricType(EventEnvelope.class, type));
        try {
            return json.readValue(value, envelopeType);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonMessageException("Unreadable event: " + e.getMessage(), e);
        }
    }

    /**
     * The event type of a record: from its {@code event-type} header when present (no parsing, so a
     * consumer skips the types it ignores cheaply), else from the envelope.
     */
    public String typeOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
        return header != null ? new String(header.value(), StandardCharsets.UTF_8) : typeOf(record.value());
    }

    /**
     * The event of a record whose type is one of {@code types} (type name to payload class), or null
     * for any other type: batch listeners' reader for the events they follow on a shared topic.
     */
    public EventEnvelope<?> readIfOneOf(ConsumerRecord<String, String> record, Map<String, Class<?>> types) {
        Class<?> type = types.get(typeOf(record));
        return type == null ? null : read(record.value(), type);
    }

    /**
     * The envelope's {@code type} (e.g. {@code ChargerBooted}), to pick the payload class of a topic
     * that carries several event types.
     *
     * @throws PoisonMessageException when the value is not an envelope
     */
    public String typeOf(String value) {
        try {
            JsonNode type = json.readTree(value).get("type");
            if (type == null || !type.isString()) {
                throw new PoisonMessageException("Event without a type", null);
            }
            return type.asString();
        } catch (JacksonException e) {
            throw new PoisonMessageException("Unreadable event: " + e.getMessage(), e);
        }
    }

    public JsonMapper mapper() {
        return json;
    }
}
