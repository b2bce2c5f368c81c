package io.evzone.platform.embedded;

/** An embedded server could not be started. */
public class EmbeddedServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EmbeddedServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
