package io.evzone.notification.delivery.domain;

/** What a provider made of one send. */
public sealed interface SendOutcome {

    /** Accepted by the provider, which gave it {@code providerId}. */
    record Sent(String provider, String providerId) implements SendOutcome {}

    /** Refused for now (unreachable, throttled, a server error): worth another attempt. */
    record Retryable(String reason) implements SendOutcome {}

    /** Refused for good (an address the provider rejects): another attempt would fail the same way. */
    record Rejected(String reason) implements SendOutcome {}

    /** Nothing to send to (a user without push subscriptions): not a failure, so not a dead letter. */
    record Skipped(String reason) implements SendOutcome {}
}
