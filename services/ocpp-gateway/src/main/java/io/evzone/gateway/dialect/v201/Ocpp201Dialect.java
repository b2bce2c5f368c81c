package io.evzone.gateway.dialect.v201;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.gateway.dialect.CodecDialect;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.ocpp.Fault;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.v201.Ocpp201;
import io.evzone.ocpp.v201.messages.Ocpp201ChargingStationRequest;
import io.evzone.ocpp.v201.messages.Ocpp201Request;
import io.evzone.ocpp.v201.messages.Ocpp201Response;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1, subprotocol {@code ocpp2.0.1}. */
@Component
public class Ocpp201Dialect extends CodecDialect<Ocpp201Request, Ocpp201Response> {

    private final Ocpp201Handler handler;

    public Ocpp201Dialect(Ocpp201Handler handler) {
        super(Ocpp201.codec(Role.CSMS), calls -> new Ocpp201Operations(calls)::translate);
        this.handler = handler;
    }

    @Override
    public OcppVersion version() {
        return OcppVersion.V201;
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
        return super.answer(session, call);
    }

    @Override
    protected CompletableFuture<Ocpp201Response> handle(ChargerSession session, Inbound.Call<?> call) {
        // The codec only lets through CALLs a charging station may send, so the cast cannot fail.
        return handler.handle(session, (Ocpp201ChargingStationRequest) call.request());
    }
}
