package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * A question the gateway asks on {@code ocpp.requests.v1} when a charger's message needs an answer
 * only a domain service can give. Exactly one of the payload fields is set; {@link #kind()} says
 * which. The owning service answers with a {@link ChargerAnswer} carrying the same
 * {@code questionId} on {@code ocpp.replies.v1} before {@code deadline}; after it the gateway uses
 * its documented fallback and ignores a late answer.
 *
 * @param replyTo the gateway node that waits for the answer
 */
public record ChargerQuestion(
        String questionId,
        String ocppId,
        String replyTo,
        Instant deadline,
        Kind kind,
        BootQuestion boot,
        AuthorizeQuestion authorize,
        TransactionQuestion transaction) {

    public enum Kind {
        /** BootNotification: answered by the station service. */
        BOOT,
        /** Authorize: answered by the session service. */
        AUTHORIZE,
        /** 1.6 StartTransaction / 2.0.1 TransactionEvent carrying an id token: answered by the session service. */
        TRANSACTION
    }

    public record BootQuestion(
            OcppVersion ocppVersion,
            String vendor,
            String model,
            String serialNumber,
            String firmwareVersion,
            String reason) {}

    public record AuthorizeQuestion(IdToken idToken) {}

    public record TransactionQuestion(TransactionReported transaction) {}
}
