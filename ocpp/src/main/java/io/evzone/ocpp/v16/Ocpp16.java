package io.evzone.ocpp.v16;

import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.ActionRegistry;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;

/** Entry point for OCPP 1.6 with the security extension (subprotocol {@code ocpp1.6}). */
public final class Ocpp16 {
    private Ocpp16() {}

    /** All 1.6 actions, with their schemas compiled on first use. */
    public static ActionRegistry<Ocpp16Request, Ocpp16Response> actions() {
        return Registry.ACTIONS;
    }

    /** A codec for one side of an OCPP 1.6 connection. */
    public static OcppCodec<Ocpp16Request, Ocpp16Response> codec(Role role) {
        return OcppCodec.create(actions(), role);
    }

    /** Holder idiom: the registry is built once, thread-safely, when first asked for. */
    private static final class Registry {
        static final ActionRegistry<Ocpp16Request, Ocpp16Response> ACTIONS = Ocpp16Actions.create();
    }
}
