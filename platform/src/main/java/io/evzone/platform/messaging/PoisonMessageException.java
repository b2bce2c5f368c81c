package io.evzone.platform.messaging;

/** A message no retry can fix (unreadable, wrong shape): it goes straight to the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
