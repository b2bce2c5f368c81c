package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * A question the gateway asks on {@code ocpp.requests.v1} when a charger's message needs an answer only a domain
 * service can give: one record per kind, each travelling under its own event type ({@code BootQuestion},
 * {@code AuthorizeQuestion}, {@code TransactionQuestion}), so a service reads only the kinds it answers. The owning
 * service answers with the matching {@link ChargerAnswer} carrying the same {@code questionId} on
 * {@code ocpp.replies.v1} before {@code deadline}; after it the gateway uses its documented fallback and ignores a
 * late answer.
 */
public sealed interface ChargerQuestion
        permits ChargerQuestion.BootQuestion, ChargerQuestion.AuthorizeQuestion, ChargerQuestion.TransactionQuestion {

    String questionId();

    String ocppId();

    /** The gateway node that waits for the answer. */
    String replyTo();

    Instant deadline();

    /** BootNotification: answered by the station service with a {@link ChargerAnswer.BootReply}. */
    record BootQuestion(String questionId, String ocppId, String replyTo, Instant deadline, Boot boot)
            implements ChargerQuestion {}

    /** Authorize: answered by the session service with a {@link ChargerAnswer.AuthorizeReply}. */
    record AuthorizeQuestion(String questionId, String ocppId, String replyTo, Instant deadline, IdToken idToken)
            implements ChargerQuestion {}

    /**
     * A transaction message carrying an id token (1.6 StartTransaction, 2.0.1 TransactionEvent): answered by the
     * session service with a {@link ChargerAnswer.TransactionReply}.
     */
    record TransactionQuestion(
            String questionId, String ocppId, String replyTo, Instant deadline, TransactionReported transaction)
            implements ChargerQuestion {}

    /**
     * What a booting charger says about itself.
     *
     * @param reason 2.0.1's boot reason (PowerUp, RemoteReset...); null for 1.6
     */
    record Boot(
            OcppVersion ocppVersion,
            String vendor,
            String model,
            String serialNumber,
            String firmwareVersion,
            String reason) {}
}
