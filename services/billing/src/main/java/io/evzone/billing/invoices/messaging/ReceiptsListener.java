package io.evzone.billing.invoices.messaging;

import io.evzone.billing.invoices.application.IssueInvoices;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Issues the receipt of each priced session (each price version) from its station owner to its driver. */
@Component
class ReceiptsListener {

    static final String CONSUMER = "billing-receipts";

    private final IdempotentConsumer consumer;
    private final EventJson eventJson;
    private final IssueInvoices issue;

    ReceiptsListener(IdempotentConsumer consumer, EventJson eventJson, IssueInvoices issue) {
        this.consumer = consumer;
        this.eventJson = eventJson;
        this.issue = issue;
    }

    @KafkaListener(topics = Topics.BILLING_EVENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        if ("SessionPriced".equals(eventJson.typeOf(record))) {
            consumer.handle(CONSUMER, record.value(), SessionPriced.class, event -> issue.receipt(event.payload()));
        }
    }
}
