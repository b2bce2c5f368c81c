package io.evzone.platform.web;

import java.io.IOException;

/** The request body went past the limit while it was being read. */
public class RequestBodyTooLargeException extends IOException {

    public RequestBodyTooLargeException(long maxBytes) {
        super("Request body too large: the limit is " + maxBytes + " bytes");
    }

    /** This exception among {@code failure} and its causes, or null. */
    public static RequestBodyTooLargeException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
