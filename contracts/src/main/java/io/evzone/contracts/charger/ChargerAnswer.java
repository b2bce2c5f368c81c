package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * The answer to a {@link ChargerQuestion}, matched by {@code questionId}. The field matching the
 * question's kind is set.
 */
public record ChargerAnswer(
        String questionId,
        String ocppId,
        String replyTo,
        BootAnswer boot,
        AuthorizationAnswer authorization,
        TransactionAnswer transaction) {

    /**
     * @param heartbeatIntervalSeconds the interval the charger is told to use
     */
    public record BootAnswer(RegistrationStatus status, int heartbeatIntervalSeconds) {}

    /**
     * The id token's standing (OCPP 1.6 AuthorizationStatus / 2.0.1 AuthorizationStatusEnumType).
     *
     * @param status ACCEPTED, BLOCKED, EXPIRED, INVALID, CONCURRENT_TX (and 2.0.1's NO_CREDIT, UNKNOWN...)
     * @param expiresAt until when the charger may cache it, or null
     * @param groupId the parent id tag / group id token value, or null
     */
    public record AuthorizationAnswer(AuthorizationStatus status, Instant expiresAt, String groupId) {}

    /**
     * @param transactionId the CSMS-allocated transaction id (1.6 StartTransaction), or null for 2.0.1
     */
    public record TransactionAnswer(Long transactionId, AuthorizationAnswer authorization) {}
}
