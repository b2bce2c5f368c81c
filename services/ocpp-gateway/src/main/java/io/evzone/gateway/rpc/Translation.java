package io.evzone.gateway.rpc;

import java.util.Objects;

/**
 * What a version-neutral command becomes for one OCPP version: the CALL to send, or the statement that this version
 * has no such operation. A command the version has but cannot take with these values is an
 * {@link InvalidCommandException} instead.
 */
public sealed interface Translation {

    record Send(OcppCommand call) implements Translation {
        public Send {
            Objects.requireNonNull(call, "call");
        }
    }

    record NotInThisVersion(String reason) implements Translation {}
}
