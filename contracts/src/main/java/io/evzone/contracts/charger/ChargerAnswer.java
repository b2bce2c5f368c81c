package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * The answer to a {@link ChargerQuestion}, matched by {@code questionId} and addressed to the asking gateway node by
 * {@code replyTo}: one record per kind, each travelling under its own event type ({@code BootReply},
 * {@code AuthorizeReply}, {@code TransactionReply}). Each carries the decision ({@link BootAnswer},
 * {@link AuthorizationAnswer}, {@link TransactionAnswer}), which the gateway also takes from its own cache or
 * fallbacks when no reply comes.
 */
public sealed interface ChargerAnswer
        permits ChargerAnswer.BootReply, ChargerAnswer.AuthorizeReply, ChargerAnswer.TransactionReply {

    String questionId();

    String ocppId();

    String replyTo();

    record BootReply(String questionId, String ocppId, String replyTo, BootAnswer answer) implements ChargerAnswer {}

    record AuthorizeReply(String questionId, String ocppId, String replyTo, AuthorizationAnswer answer)
            implements ChargerAnswer {}

    record TransactionReply(String questionId, String ocppId, String replyTo, TransactionAnswer answer)
            implements ChargerAnswer {}

    /**
     * @param heartbeatIntervalSeconds the interval the charger is told to use
     */
    record BootAnswer(RegistrationStatus status, int heartbeatIntervalSeconds) {}

    /**
     * The id token's standing (OCPP 1.6 AuthorizationStatus / 2.0.1 AuthorizationStatusEnumType).
     *
     * @param status ACCEPTED, BLOCKED, EXPIRED, INVALID, CONCURRENT_TX (and 2.0.1's NO_CREDIT, UNKNOWN...)
     * @param expiresAt until when the charger may cache it, or null
     * @param groupId the parent id tag / group id token value, or null
     */
    record AuthorizationAnswer(AuthorizationStatus status, Instant expiresAt, String groupId) {}

    /**
     * @param transactionId the id the CSMS already knows this transaction by, when the charger reports a start it
     *     reported before (its answer was lost): the charger must keep using it; null otherwise
     * @param authorization the id token's standing
     * @param totalCost the transaction's final cost, for a charger that shows it (2.0.1 TransactionEventResponse
     *     totalCost); null when not known
     */
    record TransactionAnswer(String transactionId, AuthorizationAnswer authorization, Money totalCost) {

        public TransactionAnswer(String transactionId, AuthorizationAnswer authorization) {
            this(transactionId, authorization, null);
        }
    }
}
