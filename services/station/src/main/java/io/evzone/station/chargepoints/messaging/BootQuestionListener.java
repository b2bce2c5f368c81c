package io.evzone.station.chargepoints.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.station.chargepoints.application.AnswerBootQuestion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Answers BootNotification questions from {@code ocpp.requests.v1}. Authorize and transaction
 * questions on the same topic are the session service's and are skipped without a trace.
 */
@Component
class BootQuestionListener {

    static final String CONSUMER = "station-boot-questions";

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final AnswerBootQuestion answer;

    BootQuestionListener(IdempotentConsumer consumer, EventJson json, AnswerBootQuestion answer) {
        this.consumer = consumer;
        this.json = json;
        this.answer = answer;
    }

    @KafkaListener(topics = Topics.OCPP_REQUESTS, concurrency = "${evzone.station.consumer-concurrency:2}")
    void on(ConsumerRecord<String, String> record) {
        ChargerQuestion question =
                json.read(record.value(), ChargerQuestion.class).payload();
        if (question.kind() != ChargerQuestion.Kind.BOOT || question.boot() == null) {
            return;
        }
        consumer.handle(CONSUMER, record.value(), ChargerQuestion.class, event -> answer.handle(event.payload()));
    }
}
