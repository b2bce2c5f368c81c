package io.evzone.gateway.dialect;

import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.gateway.rpc.OcppDialect;
import io.evzone.gateway.rpc.Translation;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.rpc.OcppFrame;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dialect built on one version's codec: frames, answers and command translation, with the version's handler and
 * operations supplied by the subclass.
 *
 * @param <Q> the version's request type
 * @param <R> the version's response type
 */
public abstract class CodecDialect<Q, R> implements OcppDialect {

    protected final OcppCodec<Q, R> codec;
    private final Function<ChargerCommand, Translation> operations;

    /** @param operations the version's exhaustive translation, given the calls it builds on */
    protected CodecDialect(
            OcppCodec<Q, R> codec, Function<OcppCalls, Function<ChargerCommand, Translation>> operations) {
        this.codec = codec;
        this.operations = operations.apply(new OcppCalls(codec.actions()));
    }

    /** Answers a request the codec let through: one a charger of this version may send. */
    protected abstract CompletableFuture<R> handle(ChargerSession session, Inbound.Call<?> call);

    @Override
    public Inbound<?> decode(String text) {
        return codec.decode(text);
    }

    @Override
    public String encode(OcppFrame frame) {
        return codec.encode(frame);
    }

    @Override
    public CompletableFuture<String> answer(ChargerSession session, Inbound.Call<?> call) {
        return handle(session, call).thenApply(response -> codec.encodeResult(call.messageId(), response));
    }

    @Override
    public Translation translate(ChargerCommand command) {
        return operations.apply(command);
    }

    @Override
    public Decoded<?> decodeResult(String action, ObjectNode payload) {
        return codec.decodeResult(action, payload);
    }
}
