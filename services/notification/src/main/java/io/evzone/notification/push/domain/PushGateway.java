package io.evzone.notification.push.domain;

/** A push service: Web Push or Firebase Cloud Messaging. */
public interface PushGateway {

    PushSubscription.Kind kind();

    PushResult push(PushSubscription subscription, PushMessage message);
}
