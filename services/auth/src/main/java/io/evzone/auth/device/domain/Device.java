package io.evzone.auth.device.domain;

import java.util.Objects;

/**
 * A device a user signs in from, as auth can tell it apart: its user agent and network address. A browser update or
 * a move to another network makes it a new device; that errs towards telling the user once too often, never too
 * seldom.
 *
 * @param fingerprint a stable, opaque key for the user agent and address together
 * @param userAgent the client's {@code User-Agent}, or null when it sent none
 * @param ip the client's address
 */
public record Device(String fingerprint, String userAgent, String ip) {

    public Device {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(ip, "ip");
    }
}
