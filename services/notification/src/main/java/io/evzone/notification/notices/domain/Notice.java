package io.evzone.notification.notices.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An announcement to every member of an organization.
 *
 * @param createdBy the user id of the operator who published it
 */
public record Notice(
        UUID id, String organizationId, String title, String message, String createdBy, Instant createdAt) {}
