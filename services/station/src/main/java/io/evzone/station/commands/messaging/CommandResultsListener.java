package io.evzone.station.commands.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.station.commands.application.RecordCommandOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The gateway's reports of how chargers answered commands, on {@code ocpp.command-results.v1}. */
@Component
class CommandResultsListener {

    static final String CONSUMER = "station-command-results";

    private final IdempotentConsumer consumer;
    private final RecordCommandOutcome record;

    CommandResultsListener(IdempotentConsumer consumer, RecordCommandOutcome record) {
        this.consumer = consumer;
        this.record = record;
    }

    @KafkaListener(topics = Topics.OCPP_COMMAND_RESULTS)
    void on(ConsumerRecord<String, String> value) {
        consumer.handle(CONSUMER, value.value(), CommandCompleted.class, event -> record.handle(event.payload()));
    }
}
