package io.evzone.gateway.support;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.ChargerAnswer;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.Money;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.EventPublisher;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Plays the station and session services in tests: answers BOOT (Accepted, or Pending for ids starting
 * with PENDING), AUTHORIZE (Blocked for tokens starting with BLOCKED) and TRANSACTION (1.6 ids from
 * 1000; a final cost of EUR 12.50 for chargers whose id starts with COSTED). Chargers whose id starts with SILENT get no answer, to exercise the fallbacks.
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

    private static final Map<String, Class<?>> QUESTIONS = Map.of(
            "BootQuestion", ChargerQuestion.BootQuestion.class,
            "AuthorizeQuestion", ChargerQuestion.AuthorizeQuestion.class,
            "TransactionQuestion", ChargerQuestion.TransactionQuestion.class);

    @KafkaListener(topics = Topics.OCPP_REQUESTS, groupId = "test-domain-services")
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<?> envelope = eventJson.readIfOneOf(record, QUESTIONS);
        if (envelope == null) {
            return;
        }
        ChargerQuestion q = (ChargerQuestion) envelope.payload();
        questions.add(q);
        if (q.ocppId().startsWith("SILENT")) {
            return;
        }
        ChargerAnswer answer = switch (q) {
            case ChargerQuestion.BootQuestion boot ->
                new ChargerAnswer.BootReply(
                        q.questionId(),
                        q.ocppId(),
                        q.replyTo(),
                        new ChargerAnswer.BootAnswer(
                                q.ocppId().startsWith("PENDING")
                                        ? RegistrationStatus.PENDING
                                        : RegistrationStatus.ACCEPTED,
                                300));
            case ChargerQuestion.AuthorizeQuestion authorize ->
                new ChargerAnswer.AuthorizeReply(
                        q.questionId(),
                        q.ocppId(),
                        q.replyTo(),
                        authorization(authorize.idToken().value()));
            case ChargerQuestion.TransactionQuestion asked -> transactionReply(asked);
        };
        publisher.publish(Topics.OCPP_REPLIES, q.ocppId(), answer);
    }

    private ChargerAnswer.TransactionReply transactionReply(ChargerQuestion.TransactionQuestion q) {
        TransactionReported transaction = q.transaction();
        return new ChargerAnswer.TransactionReply(
                q.questionId(),
                q.ocppId(),
                q.replyTo(),
                new ChargerAnswer.TransactionAnswer(
                        transaction.ocppVersion() == OcppVersion.V16
                                ? Long.toString(transactionIds.incrementAndGet())
                                : null,
                        transaction.idToken() == null
                                ? null
                                : authorization(transaction.idToken().value()),
                        q.ocppId().startsWith("COSTED") ? new Money(1250, "EUR") : null));
    }

    private static ChargerAnswer.AuthorizationAnswer authorization(String token) {
        return new ChargerAnswer.AuthorizationAnswer(
                token.startsWith("BLOCKED") ? AuthorizationStatus.BLOCKED : AuthorizationStatus.ACCEPTED, null, null);
    }
}
