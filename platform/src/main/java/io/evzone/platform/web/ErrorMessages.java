package io.evzone.platform.web;

import org.springframework.http.HttpStatus;

/** What a client is told about a failure that no controller described: safe, and the same for every service. */
final class ErrorMessages {

    private ErrorMessages() {}

    static String of(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Malformed request: check the URL's encoding, the request line and the headers";
            case NOT_FOUND -> "No such resource";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here";
            case INTERNAL_SERVER_ERROR -> "Internal error; quote the correlation id when reporting it";
            default -> status.getReasonPhrase();
        };
    }
}
