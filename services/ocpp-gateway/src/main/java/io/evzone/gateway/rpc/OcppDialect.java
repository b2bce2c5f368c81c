package io.evzone.gateway.rpc;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.rpc.OcppFrame;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.node.ObjectNode;

/**
 * One OCPP version, as the connection layer needs it: decoding frames, answering the charger's
 * CALLs, and turning commands into CALLs. Found by the negotiated subprotocol; each implementation
 * switches exhaustively over its version's sealed request types.
 */
public interface OcppDialect {

    OcppVersion version();

    default String subprotocol() {
        return version().subprotocol();
    }

    /** Decodes an inbound text frame; never throws for anything the charger sends. */
    Inbound<?> decode(String text);

    String encode(OcppFrame frame);

    /**
     * Answers a valid CALL from the charger. The future completes with the CALLRESULT (or CALLERROR)
     * frame text; it must complete, also when a domain service stays silent.
     */
    CompletableFuture<String> answer(ChargerSession session, Inbound.Call<?> call);

    /**
     * A command as this version's CALL, validated against the official schema, or {@link Translation.NotInThisVersion}.
     *
     * @throws InvalidCommandException when this version has the operation but cannot take these values
     */
    Translation translate(ChargerCommand command);

    /** Decodes a charger's answer to one of our CALLs against the response schema. */
    Decoded<?> decodeResult(String action, ObjectNode payload);
}
