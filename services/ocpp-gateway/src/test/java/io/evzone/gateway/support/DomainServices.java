package io.evzone.gateway.support;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.ChargerAnswer;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.EventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Plays the station and session services in tests: answers BOOT (Accepted, or Pending for ids starting
 * with PENDING), AUTHORIZE (Blocked for tokens starting with BLOCKED) and TRANSACTION (1.6 ids from
 * 1000). Chargers whose id starts with SILENT get no answer, to exercise the fallbacks.
 */
@Component
@ConditionalOnProperty(name = SecondNode.PROPERTY, havingValue = "false", matchIfMissing = true)
public class DomainServices {

    public final List<ChargerQuestion> questions = new CopyOnWriteArrayList<>();
    private final AtomicLong transactionIds = new AtomicLong(1000);
    private final EventJson eventJson;
    private final EventPublisher publisher;

    public DomainServices(EventJson eventJson, EventPublisher publisher) {
        this.eventJson = eventJson;
        this.publisher = publisher;
    }

    @KafkaListener(topics = Topics.OCPP_REQUESTS, groupId = "test-domain-services")
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<ChargerQuestion> envelope = eventJson.read(record.value(), ChargerQuestion.class);
        ChargerQuestion q = envelope.payload();
        questions.add(q);
        if (q.ocppId().startsWith("SILENT")) {
            return;
        }
        ChargerAnswer answer = switch (q.kind()) {
            case BOOT ->
                new ChargerAnswer(
                        q.questionId(),
                        q.ocppId(),
                        q.replyTo(),
                        new ChargerAnswer.BootAnswer(
                                q.ocppId().startsWith("PENDING")
                                        ? RegistrationStatus.PENDING
                                        : RegistrationStatus.ACCEPTED,
                                300),
                        null,
                        null);
            case AUTHORIZE ->
                new ChargerAnswer(
                        q.questionId(),
                        q.ocppId(),
                        q.replyTo(),
                        null,
                        authorization(q.authorize().idToken().value()),
                        null);
            case TRANSACTION ->
                new ChargerAnswer(
                        q.questionId(),
                        q.ocppId(),
                        q.replyTo(),
                        null,
                        null,
                        new ChargerAnswer.TransactionAnswer(
                                q.transaction().transaction().ocppVersion()
                                                == io.evzone.contracts.charger.OcppVersion.V16
                                        ? transactionIds.incrementAndGet()
                                        : null,
                                q.transaction().transaction().idToken() == null
                                        ? null
                                        : authorization(q.transaction()
                                                .transaction()
                                                .idToken()
                                                .value())));
        };
        publisher.publish(Topics.OCPP_REPLIES, q.ocppId(), answer);
    }

    private static ChargerAnswer.AuthorizationAnswer authorization(String token) {
        return new ChargerAnswer.AuthorizationAnswer(
                token.startsWith("BLOCKED") ? AuthorizationStatus.BLOCKED : AuthorizationStatus.ACCEPTED, null, null);
    }
}
