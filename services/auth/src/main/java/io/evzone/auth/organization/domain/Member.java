package io.evzone.auth.organization.domain;

import java.time.Instant;
import java.util.UUID;

/** A member of an organization, as its member list shows them. */
public record Member(
        UUID userId,
        String email,
        String phone,
        String name,
        String userStatus,
        String role,
        MembershipStatus status,
        Instant joinedAt) {}
