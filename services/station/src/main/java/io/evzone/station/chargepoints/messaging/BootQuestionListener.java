package io.evzone.station.chargepoints.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentBatchConsumer;
import io.evzone.platform.messaging.MessagingConfiguration;
import io.evzone.station.chargepoints.application.AnswerBootQuestion;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Answers BootNotification questions from {@code ocpp.requests.v1}, a poll's worth per transaction
 * so a boot storm costs one commit per batch. Authorize and transaction questions on the same topic
 * are the session service's and are skipped without a trace.
 */
@Component
class BootQuestionListener {

    static final String CONSUMER = "station-boot-questions";
    private static final Map<String, Class<?>> BOOT = Map.of("BootQuestion", ChargerQuestion.BootQuestion.class);

    private final IdempotentBatchConsumer consumer;
    private final EventJson json;
    private final AnswerBootQuestion answer;

    BootQuestionListener(IdempotentBatchConsumer consumer, EventJson json, AnswerBootQuestion answer) {
        this.consumer = consumer;
        this.json = json;
        this.answer = answer;
    }

    @KafkaListener(
            topics = Topics.OCPP_REQUESTS,
            containerFactory = MessagingConfiguration.BATCH_LISTENER_FACTORY,
            concurrency = "${evzone.station.consumer-concurrency:2}")
    void on(List<ConsumerRecord<String, String>> records) {
        consumer.handle(
                CONSUMER,
                records,
                record -> json.readIfOneOf(record, BOOT),
                IdempotentBatchConsumer.each(event -> answer.handle((ChargerQuestion.BootQuestion) event.payload())));
    }
}
