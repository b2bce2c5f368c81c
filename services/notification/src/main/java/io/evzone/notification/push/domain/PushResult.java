package io.evzone.notification.push.domain;

/** A push service's answer about one subscription. */
public sealed interface PushResult {

    record Accepted(String providerId) implements PushResult {}

    /** The subscription no longer exists at the provider (Web Push 404/410, FCM UNREGISTERED). */
    record Gone(String reason) implements PushResult {}

    record Failed(String reason, boolean retryable) implements PushResult {}
}
