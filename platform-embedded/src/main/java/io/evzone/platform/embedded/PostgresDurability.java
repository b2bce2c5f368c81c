package io.evzone.platform.embedded;

import java.util.Locale;
import java.util.Map;

/**
 * How the embedded PostgreSQL trades safety for speed. {@link #DURABLE}, the default, keeps every
 * committed transaction through a crash of the machine or a kill of the process: the server flushes
 * its write-ahead log before it answers a commit. {@link #RELAXED} stops flushing (fsync,
 * full_page_writes and synchronous_commit off): faster, and a crash may lose or corrupt recent
 * commits. Only tests and benchmarks that say so use it ({@value #VARIABLE}{@code =relaxed}).
 */
public enum PostgresDurability {
    DURABLE("on"),
    RELAXED("off");

    /** Environment variable choosing the durability: {@code durable} (default) or {@code relaxed}. */
    public static final String VARIABLE = "EVZONE_PG_DURABILITY";

    private final String setting;

    PostgresDurability(String setting) {
        this.setting = setting;
    }

    /** The server settings, which override the {@code -F} (fsync off) the embedded launcher always passes. */
    Map<String, String> serverConfig() {
        return Map.of("fsync", setting, "full_page_writes", setting, "synchronous_commit", setting);
    }

    /** Reads {@value #VARIABLE}; blank or unset means {@link #DURABLE}. */
    static PostgresDurability parse(String value) {
        if (value == null || value.isBlank()) {
            return DURABLE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(VARIABLE + " must be 'durable' or 'relaxed', was '" + value + "'", e);
        }
    }
}
