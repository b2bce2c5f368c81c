package io.evzone.simulator.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The CSMS answered the WebSocket upgrade with an HTTP status instead of switching protocols. */
public final class DialRefused extends IOException {

    private final int status;
    private final transient Duration retryAfter;

    public DialRefused(int status, Duration retryAfter) {
        super("handshake refused with HTTP " + status + (retryAfter == null ? "" : ", retry after " + retryAfter));
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /**
     * The wait a {@code Retry-After} header asked for (RFC 9110 §10.2.3, delta-seconds form), or null.
     *
     * @param header the header's value, or null
     */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null; // the HTTP-date form: a charger's own backoff applies
        }
    }

    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
