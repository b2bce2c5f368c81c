package io.evzone.session.gateway;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerAnswer;
import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.session.charging.application.AnswerTransactionQuestion;
import io.evzone.session.idtokens.application.AuthorizeIdToken;
import io.evzone.session.idtokens.domain.Authorization;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Answers the gateway's authorize and transaction questions (boot is the station service's). The
 * answer is published straight to Kafka once the transaction that recorded the session committed,
 * so it reaches the waiting gateway node within milliseconds. Questions are not deduplicated: a
 * redelivered one is answered again with the same answer (the gateway ignores answers it no longer
 * waits for), which is what makes a crash between commit and publish harmless.
 */
@Component
class ChargerQuestionListener {

    private static final Logger log = LoggerFactory.getLogger(ChargerQuestionListener.class);

    /** The kinds this service answers; BootQuestion is the station service's and is not even parsed. */
    private static final Map<String, Class<?>> QUESTIONS = Map.of(
            "AuthorizeQuestion", ChargerQuestion.AuthorizeQuestion.class,
            "TransactionQuestion", ChargerQuestion.TransactionQuestion.class);

    private final EventJson eventJson;
    private final EventPublisher publisher;
    private final AuthorizeIdToken authorize;
    private final AnswerTransactionQuestion transactions;

    ChargerQuestionListener(
            EventJson eventJson,
            EventPublisher publisher,
            AuthorizeIdToken authorize,
            AnswerTransactionQuestion transactions) {
        this.eventJson = eventJson;
        this.publisher = publisher;
        this.authorize = authorize;
        this.transactions = transactions;
    }

    // More threads than the event listeners: a question waits on database round trips and on the
    // charger's lock while a batch holds it, and the charger waits on the answer (2 threads answered
    // 60-100 questions/s during a 100 chargers/s ramp, 200 questions/s, so every answer came too late).
    @KafkaListener(topics = Topics.OCPP_REQUESTS, concurrency = "${evzone.session.question-concurrency:4}")
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<?> envelope = eventJson.readIfOneOf(record, QUESTIONS);
        if (envelope == null) {
            return;
        }
        ChargerQuestion q = (ChargerQuestion) envelope.payload();
        boolean late = q.deadline() != null && Instant.now().isAfter(q.deadline());
        if (late && q instanceof ChargerQuestion.AuthorizeQuestion) {
            // The gateway has answered from its cache or with Invalid already, and this answer changes
            // nothing here: skipping it keeps an overloaded service from falling further behind.
            log.debug("Question {} from {} skipped: past its deadline", q.questionId(), q.ocppId());
            return;
        }
        ChargerAnswer answer = switch (q) {
            case ChargerQuestion.AuthorizeQuestion authorize -> authorizeAnswer(authorize);
            case ChargerQuestion.TransactionQuestion transaction -> transactionAnswer(transaction);
            case ChargerQuestion.BootQuestion boot -> null;
        };
        if (answer == null) {
            return;
        }
        if (late) {
            log.warn("Answering question {} from {} after its deadline", q.questionId(), q.ocppId());
        }
        // Not waited for: the answer's effects are committed already, and a reply lost on the way is
        // covered by the gateway's fallback at the deadline. Waiting would serialize every answer
        // behind a Kafka round trip.
        publisher.publish(Topics.OCPP_REPLIES, q.ocppId(), answer).whenComplete((sent, error) -> {
            if (error != null) {
                log.warn("Answer to question {} from {} not sent: {}", q.questionId(), q.ocppId(), error.toString());
            }
        });
    }

    private ChargerAnswer authorizeAnswer(ChargerQuestion.AuthorizeQuestion q) {
        String value = q.idToken() == null ? null : q.idToken().value();
        // OCPP 1.6 §5.2: ConcurrentTx is only relevant for a StartTransaction, never for Authorize.
        Authorization a = authorize.handle(value, false);
        return new ChargerAnswer.AuthorizeReply(
                q.questionId(),
                q.ocppId(),
                q.replyTo(),
                new AuthorizationAnswer(a.status(), a.cacheUntil(), a.groupId()));
    }

    private ChargerAnswer transactionAnswer(ChargerQuestion.TransactionQuestion q) {
        if (q.transaction() == null) {
            return null;
        }
        return new ChargerAnswer.TransactionReply(
                q.questionId(), q.ocppId(), q.replyTo(), transactions.handle(q.transaction()));
    }
}
