package io.evzone.auth.shared;

import java.util.UUID;

/** Ids from access tokens: UUIDs when the auth service issued them, anything in tokens minted elsewhere. */
public final class Ids {

    private Ids() {}

    /** The UUID, or null when the value is absent or not a UUID (it then matches nothing). */
    public static UUID uuidOrNull(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
