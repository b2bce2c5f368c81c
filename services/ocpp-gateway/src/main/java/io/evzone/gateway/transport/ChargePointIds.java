package io.evzone.gateway.transport;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.util.UriUtils;

/**
 * Charge point identities as they appear in the connection URL.
 *
 * <p>OCPP 2.0.1 Part 4 §3.1.1: the identity is the last path segment, URL-encoded, at most 48
 * characters of identifierString ({@code a-z A-Z 0-9 * - _ = : + | @ .}). OCPP-J 1.6 §3.1.1 only asks
 * for URL encoding; its chargeBoxIdentity is at most 48 characters too. Real 1.6 chargers use a few
 * more printable characters, so any printable ASCII is accepted except what would break a path, a
 * Basic-auth user name or a log line.
 */
public final class ChargePointIds {

    public static final int MAX_LENGTH = 48;

    private ChargePointIds() {}

    /** Decodes a raw path segment once and validates it; empty when it is not an acceptable identity. */
    public static Optional<String> decode(String rawSegment) {
        if (rawSegment == null || rawSegment.isEmpty()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = UriUtils.decode(rawSegment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return isValid(decoded) ? Optional.of(decoded) : Optional.empty();
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '/' || c == '\\' || c == '?' || c == '#' || c == '%') {
                return false;
            }
        }
        return true;
    }
}
