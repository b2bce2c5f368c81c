package io.evzone.notification.recipients.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.auth.MembershipChanged;
import io.evzone.contracts.auth.UserDeleted;
import io.evzone.contracts.auth.UserRegistered;
import io.evzone.contracts.auth.UserUpdated;
import io.evzone.notification.recipients.domain.Recipients;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps users' contact details from {@code auth.events.v1}, so messages about other services' events find them. */
@Component
class AuthEventListener {

    static final String CONSUMER = "notification-recipients";

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final Recipients recipients;

    AuthEventListener(IdempotentConsumer consumer, EventJson json, Recipients recipients) {
        this.consumer = consumer;
        this.json = json;
        this.recipients = recipients;
    }

    @KafkaListener(topics = Topics.AUTH_EVENTS, groupId = "evzone-notification-recipients")
    void on(ConsumerRecord<String, String> record) {
        switch (json.typeOf(record)) {
            case "UserRegistered" ->
                consumer.handle(CONSUMER, record.value(), UserRegistered.class, event -> {
                    UserRegistered user = event.payload();
                    recipients.saveContact(user.userId(), user.email(), user.phone(), user.name());
                });
            case "UserUpdated" ->
                consumer.handle(CONSUMER, record.value(), UserUpdated.class, event -> {
                    UserUpdated user = event.payload();
                    recipients.saveContact(user.userId(), user.email(), user.phone(), user.name());
                });
            case "MembershipChanged" ->
                consumer.handle(CONSUMER, record.value(), MembershipChanged.class, event -> {
                    MembershipChanged change = event.payload();
                    recipients.saveMembership(
                            change.userId(),
                            change.organizationId(),
                            change.role(),
                            change.status(),
                            MembershipChanged.REMOVED.equals(change.change()));
                });
            case "UserDeleted" ->
                consumer.handle(
                        CONSUMER,
                        record.value(),
                        UserDeleted.class,
                        event -> recipients.forget(event.payload().userId()));
            default -> {}
        }
    }
}
