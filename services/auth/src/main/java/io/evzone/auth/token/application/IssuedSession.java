package io.evzone.auth.token.application;

import io.evzone.auth.organization.domain.AccessGrant;
import java.time.Instant;
import java.util.UUID;

/**
 * A pair of tokens handed to a client at login, refresh or organization switch.
 *
 * @param accessToken the signed access token (JWT)
 * @param accessExpiresAt when it expires
 * @param refreshToken the refresh token secret
 * @param refreshExpiresAt when it expires
 * @param familyId the refresh token family (the login) it belongs to
 * @param grant the role, permissions and organization the access token carries
 */
public record IssuedSession(
        String accessToken,
        Instant accessExpiresAt,
        String refreshToken,
        Instant refreshExpiresAt,
        UUID familyId,
        AccessGrant grant) {}
