package io.evzone.notification.delivery.application;

import io.evzone.notification.delivery.domain.SendOutcome;

/** One SMS gateway's HTTP API. */
public interface SmsProvider {

    /** The provider's name as deliveries record it, such as {@code twilio}. */
    String name();

    /** Sends {@code text} to {@code e164}; the outcome carries the provider's message id. */
    SendOutcome send(String e164, String text);
}
