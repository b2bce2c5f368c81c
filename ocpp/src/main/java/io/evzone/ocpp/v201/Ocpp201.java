package io.evzone.ocpp.v201;

import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.ActionRegistry;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.v201.messages.Ocpp201Request;
import io.evzone.ocpp.v201.messages.Ocpp201Response;

/** Entry point for OCPP 2.0.1 (subprotocol {@code ocpp2.0.1}). */
public final class Ocpp201 {
    private Ocpp201() {}

    /** All 2.0.1 actions, with their schemas compiled on first use. */
    public static ActionRegistry<Ocpp201Request, Ocpp201Response> actions() {
        return Registry.ACTIONS;
    }

    /** A codec for one side of an OCPP 2.0.1 connection. */
    public static OcppCodec<Ocpp201Request, Ocpp201Response> codec(Role role) {
        return OcppCodec.create(actions(), role);
    }

    /** Holder idiom: the registry is built once, thread-safely, when first asked for. */
    private static final class Registry {
        static final ActionRegistry<Ocpp201Request, Ocpp201Response> ACTIONS = Ocpp201Actions.create();
    }
}
