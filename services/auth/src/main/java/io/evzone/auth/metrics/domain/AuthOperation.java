package io.evzone.auth.metrics.domain;

import java.util.Locale;

/** The operations whose counts, success rates and latencies the auth service reports. */
public enum AuthOperation {
    LOGIN,
    REFRESH,
    LOGOUT;

    /** The Micrometer timer name, such as {@code evzone.auth.login}. */
    public String meterName() {
        return "evzone.auth." + name().toLowerCase(Locale.ROOT);
    }
}
