package io.evzone.billing.wallet.messaging;

import io.evzone.billing.wallet.application.SessionCharging;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Charges each priced session to its driver and credits the station owner ({@code SessionPriced}). */
@Component
class SessionPricesListener {

    static final String CONSUMER = "billing-session-charges";

    private final IdempotentConsumer consumer;
    private final EventJson eventJson;
    private final SessionCharging charging;

    SessionPricesListener(IdempotentConsumer consumer, EventJson eventJson, SessionCharging charging) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.charging = charging;
    }

    @KafkaListener(topics = Topics.BILLING_EVENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        if (!"SessionPriced".equals(eventJson.typeOf(record))) {
            return;
        }
        consumer.handle(CONSUMER, record.value(), SessionPriced.class, event -> charging.handle(event.payload()));
    }
}
