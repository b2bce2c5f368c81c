package io.evzone.session.commands.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.session.commands.application.RecordCommandResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The gateway's reports of how chargers answered commands. */
@Component
class CommandResultsListener {

    static final String CONSUMER = "session-command-results";

    private final IdempotentConsumer consumer;
    private final RecordCommandResult record;

    CommandResultsListener(IdempotentConsumer consumer, RecordCommandResult record) {
        this.consumer = consumer;
        this.record = record;
    }

    @KafkaListener(topics = Topics.OCPP_COMMAND_RESULTS)
    void on(ConsumerRecord<String, String> value) {
        consumer.handle(CONSUMER, value.value(), CommandCompleted.class, event -> record.handle(event.payload()));
    }
}
