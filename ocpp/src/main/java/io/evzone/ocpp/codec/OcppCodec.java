package io.evzone.ocpp.codec;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.rpc.CallOutcome;
import io.evzone.ocpp.rpc.FrameCodec;
import io.evzone.ocpp.rpc.MessageIds;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.ocpp.rpc.ParseResult;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed OCPP-J for one version and one side of the connection: text frames in, validated records out, and
 * back. Stateless and thread-safe; correlating answers with calls is {@link io.evzone.ocpp.rpc.PendingCalls}'
 * job.
 *
 * @param <Q> the version's request type, a sealed interface over all request records
 * @param <R> the version's response type
 */
public final class OcppCodec<Q, R> {
    private final ActionRegistry<Q, R> actions;
    private final Role role;
    private final FrameCodec frames;
    private final TypedPayloads payloads;
    private final Supplier<String> messageIds;
    private final boolean validateOutbound;

    private OcppCodec(ActionRegistry<Q, R> actions, Role role, Supplier<String> messageIds, boolean validateOutbound) {
        this.actions = actions;
        this.role = role;
        this.frames = new FrameCodec(actions.version());
        this.payloads = new TypedPayloads(actions.version());
        this.messageIds = messageIds;
        this.validateOutbound = validateOutbound;
    }

    /** A codec for the given side, with random message ids and outbound validation. */
    public static <Q, R> OcppCodec<Q, R> create(ActionRegistry<Q, R> actions, Role role) {
        return new OcppCodec<>(actions, role, MessageIds::random, true);
    }

    /** A copy that takes message ids for new CALLs from the supplier (for example a counter in tests). */
    public OcppCodec<Q, R> withMessageIds(Supplier<String> ids) {
        return new OcppCodec<>(actions, role, ids, validateOutbound);
    }

    /** A copy that does or does not validate what it encodes (on by default; a load test may turn it off). */
    public OcppCodec<Q, R> withOutboundValidation(boolean enabled) {
        return new OcppCodec<>(actions, role, messageIds, enabled);
    }

    public OcppVersion version() {
        return actions.version();
    }

    public Role role() {
        return role;
    }

    public ActionRegistry<Q, R> actions() {
        return actions;
    }

    public FrameCodec frames() {
        return frames;
    }

    /** Decodes an inbound text frame. Never throws for anything the peer sends. */
    public Inbound<Q> decode(String text) {
        return switch (frames.parse(text)) {
            case ParseResult.Malformed malformed
            when malformed.expectsCallError() -> new Inbound.Rejected<>(malformed.callError(), malformed.fault());
            case ParseResult.Malformed malformed ->
                new Inbound.Ignored<>(malformed.messageId(), malformed.fault(), malformed.description());
            case ParseResult.Parsed(OcppFrame.Call call) -> decodeCall(call);
            case ParseResult.Parsed(OcppFrame.CallResult result) -> new Inbound.Result<>(result);
            case ParseResult.Parsed(OcppFrame.CallError error) -> new Inbound.Error<>(error);
            case ParseResult.Parsed(OcppFrame frame) ->
                // Only OCPP 2.1 frames (SEND, CALLRESULTERROR) get here, and this codec has no 2.1 messages.
                new Inbound.Ignored<>(
                        frame.messageId(), Fault.UNSUPPORTED_MESSAGE_TYPE, frame.messageType() + " not handled");
        };
    }

    private Inbound<Q> decodeCall(OcppFrame.Call call) {
        ActionDefinition<Q, R> action = actions.find(call.action()).orElse(null);
        if (action == null) {
            // OCPP 2.0.1 Part 4 §4.1.7: a message is only valid when its Action is a known Action.
            return reject(call, Fault.UNKNOWN_ACTION, "action '" + call.action() + "' is not known");
        }
        if (!action.direction().isSentBy(role.peer())) {
            // Known but not ours to receive, such as Reset sent by a charger: "recognized but not supported".
            return reject(call, Fault.UNSUPPORTED_ACTION, call.action() + " is not sent to the " + role);
        }
        return switch (payloads.<Q>read(action.requestSchema(), call.payload(), action.requestType())) {
            case Decoded.Valid<Q>(Q request) -> new Inbound.Call<>(call.messageId(), call.action(), request);
            case Decoded.Invalid<Q> invalid -> reject(call, invalid.fault(), invalid.description());
        };
    }

    private Inbound<Q> reject(OcppFrame.Call call, Fault fault, String description) {
        return new Inbound.Rejected<>(frames.callError(call.messageId(), fault, description), fault);
    }

    /**
     * Decodes the payload of a CALLRESULT answering a CALL of the given action. An invalid result is not
     * answered in OCPP 1.6 or 2.0.1; fail the pending call with it.
     */
    public Decoded<R> decodeResult(String action, ObjectNode payload) {
        ActionDefinition<Q, R> definition = actions.find(action).orElse(null);
        if (definition == null) {
            return payloads.invalid(Fault.UNKNOWN_ACTION, "action '" + action + "' is not known");
        }
        return payloads.read(definition.responseSchema(), payload, definition.responseType());
    }

    /** Decodes the answer a {@link io.evzone.ocpp.rpc.PendingCall} completed with. */
    public Decoded<R> decodeResult(CallOutcome.Answered answered) {
        return decodeResult(answered.action(), answered.payload());
    }

    /** Decodes a CALLRESULT payload into the response type the caller expects. */
    public <T extends R> Decoded<T> decodeResult(ObjectNode payload, Class<T> responseType) {
        ActionDefinition<Q, R> definition = actions.forMessageType(responseType);
        return payloads.read(definition.responseSchema(), payload, responseType);
    }

    /**
     * Encodes a request as a CALL with a fresh message id.
     *
     * @throws IllegalArgumentException if this side does not send that action
     * @throws OcppEncodingException if the request breaks its schema (with outbound validation on)
     */
    public OutgoingCall encodeCall(Q request) {
        return encodeCall(messageIds.get(), request);
    }

    /** Encodes a request as a CALL with the given message id. */
    public OutgoingCall encodeCall(String messageId, Q request) {
        ActionDefinition<Q, R> action = actions.forMessageType(request.getClass());
        if (!action.direction().isSentBy(role)) {
            throw new IllegalArgumentException(action.name() + " is not sent by the " + role);
        }
        ObjectNode payload = payloads.write(action.requestSchema(), request, action.name(), validateOutbound);
        return new OutgoingCall(
                messageId, action.name(), frames.write(new OcppFrame.Call(messageId, action.name(), payload)));
    }

    /**
     * Encodes a response as the CALLRESULT for the given message id.
     *
     * @throws OcppEncodingException if the response breaks its schema (with outbound validation on)
     */
    public String encodeResult(String messageId, R response) {
        ActionDefinition<Q, R> action = actions.forMessageType(response.getClass());
        ObjectNode payload = payloads.write(action.responseSchema(), response, action.name(), validateOutbound);
        return frames.write(new OcppFrame.CallResult(messageId, payload));
    }

    /** Encodes a CALLERROR with this version's code for the fault. */
    public String encodeError(String messageId, Fault fault, String description) {
        return frames.write(frames.callError(messageId, fault, description));
    }

    /** Encodes any frame, for example the reply of an {@link Inbound.Rejected}. */
    public String encode(OcppFrame frame) {
        return frames.write(frame);
    }
}
