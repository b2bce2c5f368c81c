package io.evzone.gateway.dialect;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.gateway.rpc.OcppDialect;
import io.evzone.gateway.rpc.Translation;
import io.evzone.ocpp.Fault;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.rpc.OcppFrame;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every OCPP version as the rpc layer needs it, built from the version's codec (frames), its handler (the charger's
 * CALLs) and its operations (commands as CALLs). {@link OcppVersions} makes one per version.
 *
 * @param <Q> the version's request type
 * @param <R> the version's response type
 * @param <C> the requests a charger of this version may send
 */
public final class CodecDialect<Q, R, C extends Q> implements OcppDialect {

    private final OcppCodec<Q, R> codec;
    private final OcppVersion version;
    private final Class<C> chargerRequests;
    private final BiFunction<ChargerSession, C, CompletableFuture<R>> handler;
    private final Function<ChargerCommand, Translation> operations;

    /** @param operations the version's exhaustive translation, given the calls it builds on */
    public CodecDialect(
            OcppCodec<Q, R> codec,
            Class<C> chargerRequests,
            BiFunction<ChargerSession, C, CompletableFuture<R>> handler,
            Function<OcppCalls, Function<ChargerCommand, Translation>> operations) {
        this.codec = codec;
        this.version = OcppVersion.valueOf(codec.version().name());
        this.chargerRequests = chargerRequests;
        this.handler = handler;
        this.operations = operations.apply(new OcppCalls(codec.actions()));
    }

    @Override
    public OcppVersion version() {
        return version;
    }

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
        if (!session.boot().mayAct(call.action())) {
            // OCPP 2.0.1 B02.FR.02, TC_B_30: a Pending station sends only BootNotification and what was triggered.
            return CompletableFuture.completedFuture(codec.encodeError(
                    call.messageId(),
                    Fault.SECURITY,
                    "the boot is Pending: only BootNotification and triggered messages"));
        }
        // The codec only lets through CALLs a charger may send, so the cast cannot fail.
        return handler.apply(session, chargerRequests.cast(call.request()))
                .thenApply(response -> codec.encodeResult(call.messageId(), response));
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
