package io.evzone.gateway.v201;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.gateway.connection.ChargerSession;
import io.evzone.gateway.connection.OcppCalls;
import io.evzone.gateway.connection.OcppDialect;
import io.evzone.gateway.connection.Translation;
import io.evzone.ocpp.Fault;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.ocpp.v201.Ocpp201;
import io.evzone.ocpp.v201.messages.Ocpp201ChargingStationRequest;
import io.evzone.ocpp.v201.messages.Ocpp201Request;
import io.evzone.ocpp.v201.messages.Ocpp201Response;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** OCPP 2.0.1, subprotocol {@code ocpp2.0.1}. */
@Component
public class Ocpp201Dialect implements OcppDialect {

    private final OcppCodec<Ocpp201Request, Ocpp201Response> codec = Ocpp201.codec(Role.CSMS);
    private final Ocpp201Operations operations = new Ocpp201Operations(new OcppCalls(codec.actions()));
    private final Ocpp201Handler handler;

    public Ocpp201Dialect(Ocpp201Handler handler) {
        this.handler = handler;
    }

    @Override
    public OcppVersion version() {
        return OcppVersion.V201;
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
        // The codec only lets through CALLs a charging station may send, so the cast cannot fail.
        Ocpp201ChargingStationRequest request = (Ocpp201ChargingStationRequest) call.request();
        if (!session.boot().mayAct(call.action())) {
            // OCPP 2.0.1 B02.FR.02, TC_B_30: a Pending station sends only BootNotification and what was triggered.
            return CompletableFuture.completedFuture(codec.encodeError(
                    call.messageId(), Fault.SECURITY, "the boot is Pending: only BootNotification and triggered messages"));
        }
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
