package io.evzone.billing.wallet.messaging;

import io.evzone.billing.wallet.application.SessionHolds;
import io.evzone.contracts.Topics;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Places a hold on a prepaid driver's wallet when their session starts ({@code SessionStarted}). */
@Component
class SessionHoldsListener {

    static final String CONSUMER = "billing-session-holds";

    private final IdempotentConsumer consumer;
    private final EventJson eventJson;
    private final SessionHolds holds;

    SessionHoldsListener(IdempotentConsumer consumer, EventJson eventJson, SessionHolds holds) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.holds = holds;
    }

    // A group of its own: in the service's default group it would share the partitions with the pricing listener.
    @KafkaListener(topics = Topics.SESSION_EVENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        if (!"SessionStarted".equals(eventJson.typeOf(record))) {
            return;
        }
        consumer.handle(CONSUMER, record.value(), SessionStarted.class, event -> {
            SessionStarted started = event.payload();
            if (started.userId() != null) {
                holds.place(started.userId(), started.sessionId());
            }
        });
    }
}
