package io.evzone.auth.account.application;

import java.util.UUID;

/**
 * Ends a user's sessions (port, implemented by the token feature): after a password change or
 * reset, a suspension or a deletion no refresh token issued before may be used again.
 */
public interface SessionRevocation {

    /** Revokes every refresh token family of the user; returns how many were revoked. */
    int revokeAll(UUID userId, String reason);
}
