package io.evzone.gateway.v16;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.gateway.connection.ChargerSession;
import io.evzone.gateway.connection.OcppCalls;
import io.evzone.gateway.connection.OcppDialect;
import io.evzone.gateway.connection.Translation;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.Ocpp16ChargePointRequest;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** OCPP 1.6J (with the security extension), subprotocol {@code ocpp1.6}. */
@Component
public class Ocpp16Dialect implements OcppDialect {

    private final OcppCodec<Ocpp16Request, Ocpp16Response> codec = Ocpp16.codec(Role.CSMS);
    private final Ocpp16Operations operations = new Ocpp16Operations(new OcppCalls(codec.actions()));
    private final Ocpp16Handler handler;

    public Ocpp16Dialect(Ocpp16Handler handler) {
        this.handler = handler;
    }

    @Override
    public OcppVersion version() {
        return OcppVersion.V16;
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
        // The codec only lets through CALLs a charge point may send, so the cast cannot fail.
        Ocpp16ChargePointRequest request = (Ocpp16ChargePointRequest) call.request();
        return handler.handle(session, request).thenApply(response -> codec.encodeResult(call.messageId(), response));
    }

    @Override
    public Translation translate(ChargerCommand command) {
        return operations.translate(command);
    }

    @Override
    public Decoded<?> decodeResult(String action, ObjectNode payload) {
        return codec.decodeResult(action, payload);
    }
}
