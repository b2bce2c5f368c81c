package io.evzone.gateway.rpc;

/** A command that cannot be sent: unknown action for the charger's version, or parameters that break the schema. */
public class InvalidCommandException extends RuntimeException {

    public InvalidCommandException(String message) {
        super(message);
    }
}
