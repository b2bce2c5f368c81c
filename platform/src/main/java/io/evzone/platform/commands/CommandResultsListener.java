package io.evzone.platform.commands;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** The gateway's reports of how chargers answered commands, on {@code ocpp.command-results.v1}. */
class CommandResultsListener {

    private final IdempotentConsumer consumer;
    private final RecordOutcome record;
    private final String consumerName;

    CommandResultsListener(IdempotentConsumer consumer, RecordOutcome record, String service) {
        this.consumer = consumer;
        this.record = record;
        this.consumerName = service + "-command-results";
    }

    @KafkaListener(topics = Topics.OCPP_COMMAND_RESULTS)
    void on(ConsumerRecord<String, String> value) {
        consumer.handle(consumerName, value.value(), CommandCompleted.class, event -> record.handle(event.payload()));
    }
}
