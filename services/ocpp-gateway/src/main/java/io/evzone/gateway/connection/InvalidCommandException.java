package io.evzone.gateway.connection;

/** A command that cannot be sent: unknown action for the charger's version, or parameters that break the schema. */
public class InvalidCommandException extends RuntimeException {

    public InvalidCommandException(String message) {
        super(message);
    }
}
