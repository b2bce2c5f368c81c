package io.evzone.notification.delivery.messaging;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.notification.NotificationRequested;
import io.evzone.notification.delivery.application.QueueDelivery;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.recipients.domain.Recipient;
import io.evzone.notification.recipients.domain.Recipients;
import io.evzone.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Other services' requests to send one message ({@code notification.requests.v1}); the auth service's verification
 * emails and reset codes come this way. Each is queued once, in the recipient's language.
 */
@Component
class NotificationRequestListener {

    static final String CONSUMER = "notification-requests";

    private final IdempotentConsumer consumer;
    private final QueueDelivery queue;
    private final Recipients recipients;

    NotificationRequestListener(IdempotentConsumer consumer, QueueDelivery queue, Recipients recipients) {
        this.consumer = consumer;
        this.queue = queue;
        this.recipients = recipients;
    }

    @KafkaListener(topics = Topics.NOTIFICATION_REQUESTS)
    void on(ConsumerRecord<String, String> record) {
        consumer.handle(CONSUMER, record.value(), NotificationRequested.class, this::queue);
    }

    private void queue(EventEnvelope<NotificationRequested> event) {
        NotificationRequested request = event.payload();
        String language = request.userId() == null
                ? Recipient.DEFAULT_LANGUAGE
                : recipients.find(request.userId()).map(Recipient::language).orElse(Recipient.DEFAULT_LANGUAGE);
        queue.handle(new QueueDelivery.Request(
                event.eventId(),
                request.userId(),
                Channel.valueOf(request.channel().name()),
                request.recipient(),
                request.template(),
                language,
                request.data(),
                null,
                null));
    }
}
