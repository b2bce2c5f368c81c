package io.evzone.platform.security;

/** A token that is malformed, forged, expired or otherwise not acceptable. The message is safe to show. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }
}
