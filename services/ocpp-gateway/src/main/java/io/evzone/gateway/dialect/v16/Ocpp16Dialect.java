package io.evzone.gateway.dialect.v16;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.gateway.dialect.CodecDialect;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.Ocpp16ChargePointRequest;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** OCPP 1.6J (with the security extension), subprotocol {@code ocpp1.6}. */
@Component
public class Ocpp16Dialect extends CodecDialect<Ocpp16Request, Ocpp16Response> {

    private final Ocpp16Handler handler;

    public Ocpp16Dialect(Ocpp16Handler handler) {
        super(Ocpp16.codec(Role.CSMS), calls -> new Ocpp16Operations(calls)::translate);
        this.handler = handler;
    }

    @Override
    public OcppVersion version() {
        return OcppVersion.V16;
    }

    @Override
    protected CompletableFuture<Ocpp16Response> handle(ChargerSession session, Inbound.Call<?> call) {
        // The codec only lets through CALLs a charge point may send, so the cast cannot fail.
        return handler.handle(session, (Ocpp16ChargePointRequest) call.request());
    }
}
