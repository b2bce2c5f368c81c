package io.evzone.gateway.rpc;

import io.evzone.gateway.bridge.UnicodeText;
import io.evzone.ocpp.Fault;
import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.rpc.FrameCodec;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CALLs holding an unpaired surrogate, refused before they are decoded. JSON lets a string escape half of a
 * surrogate pair ({@code "\ud800"}); no UTF-8 frame can carry it back, so an answer that echoed it could not be
 * sent and the socket closed. In the message id it is a malformed id, answered under the id {@code "-1"} (OCPP-J
 * 1.6 ProtocolError, 2.0.1 RpcFrameworkError); in the payload it is a value no field allows
 * (PropertyConstraintViolation). An action holding one is simply unknown, which the codec answers.
 */
final class MalformedUnicode {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SURROGATE_THIRD_DIGITS = "89abcdefABCDEF";

    private MalformedUnicode() {}

    /** The refusal of a CALL holding an unpaired surrogate; empty for anything else (the codec decides). */
    static Optional<Inbound<?>> refusal(String text, io.evzone.contracts.charger.OcppVersion version) {
        if (!mayEscapeSurrogate(text)) {
            return Optional.empty();
        }
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (!frame.isArray()
                || frame.size() != 4
                || frame.get(0).asInt(-1) != 2
                || !frame.get(1).isString()) {
            return Optional.empty();
        }
        FrameCodec frames = new FrameCodec(OcppVersion.valueOf(version.name()));
        String messageId = frame.get(1).asString();
        if (!UnicodeText.isWellFormed(messageId)) {
            return Optional.of(rejected(frames, "-1", Fault.INVALID_MESSAGE_ID, "message id"));
        }
        return wellFormed(frame.get(3))
                ? Optional.empty()
                : Optional.of(rejected(frames, messageId, Fault.INVALID_VALUE, "a string in the payload"));
    }

    private static Inbound<?> rejected(FrameCodec frames, String messageId, Fault fault, String where) {
        return new Inbound.Rejected<>(
                frames.callError(messageId, fault, "The " + where + " holds an unpaired surrogate (not Unicode text)"),
                fault);
    }

    /** Whether the text escapes a code unit from U+D800 to U+DFFF: only then is the frame parsed twice. */
    private static boolean mayEscapeSurrogate(String text) {
        for (int i = text.indexOf("\\u"); i >= 0 && i + 3 < text.length(); i = text.indexOf("\\u", i + 2)) {
            char first = text.charAt(i + 2);
            if ((first == 'd' || first == 'D') && SURROGATE_THIRD_DIGITS.indexOf(text.charAt(i + 3)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean wellFormed(JsonNode node) {
        if (node.isString()) {
            return UnicodeText.isWellFormed(node.asString());
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!UnicodeText.isWellFormed(property.getKey())) {
                return false;
            }
        }
        for (JsonNode child : node) {
            if (!wellFormed(child)) {
                return false;
            }
        }
        return true;
    }
}
