package io.evzone.gateway.bridge;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerAnswer;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.platform.messaging.EventJson;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Kafka request/reply with a deadline: a {@link ChargerQuestion} goes to {@code ocpp.requests.v1}
 * with this node as {@code replyTo}; the {@link ChargerAnswer} with the same id comes back on
 * {@code ocpp.replies.v1}, which every node reads in its own consumer group (starting at the end)
 * and filters by {@code replyTo}. A question not answered by its deadline completes empty and the
 * caller uses its documented fallback; a late answer is ignored.
 */
@Component
public class Questions implements ConsumerSeekAware {

    private static final Map<String, Class<?>> REPLIES = Map.of(
            "BootReply", ChargerAnswer.BootReply.class,
            "AuthorizeReply", ChargerAnswer.AuthorizeReply.class,
            "TransactionReply", ChargerAnswer.TransactionReply.class);

    private final EventBridge bridge;
    private final EventJson eventJson;
    private final GatewayProperties properties;
    private final GatewayMetrics metrics;
    private final Map<String, CompletableFuture<Optional<ChargerAnswer>>> waiting = new ConcurrentHashMap<>();
    private final AtomicBoolean assigned = new AtomicBoolean();

    public Questions(EventBridge bridge, EventJson eventJson, GatewayProperties properties, GatewayMetrics metrics) {
        this.bridge = bridge;
        this.eventJson = eventJson;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** The consumer group of this node's reply listener: unique per node, so every node sees every reply. */
    public String replyGroup() {
        return "evzone-ocpp-gateway-replies-" + properties.nodeId();
    }

    /** Whether the reply listener has its partitions (tests wait for it). */
    public boolean ready() {
        return assigned.get();
    }

    /** A question addressed to the domain: the gateway fills in its id, this node and the deadline. */
    @FunctionalInterface
    public interface Addressed<Q extends ChargerQuestion> {
        Q to(String questionId, String ocppId, String replyTo, Instant deadline);
    }

    /**
     * Publishes the question; the future completes with the reply of the given kind, or empty at the deadline (a
     * reply of another kind counts as none).
     */
    public <R extends ChargerAnswer> CompletableFuture<Optional<R>> ask(
            String ocppId, Addressed<?> question, Class<R> replyType) {
        String id = TimeOrderedIds.next().toString();
        long timeoutMs = (replyType == ChargerAnswer.BootReply.class
                        ? properties.bootQuestionTimeout()
                        : properties.questionTimeout())
                .toMillis();
        ChargerQuestion asked =
                question.to(id, ocppId, properties.nodeId(), Instant.now().plusMillis(timeoutMs));
        CompletableFuture<Optional<ChargerAnswer>> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        answer.completeOnTimeout(Optional.empty(), timeoutMs, TimeUnit.MILLISECONDS)
                .whenComplete((result, error) -> {
                    waiting.remove(id);
                    metrics.question(kindOf(asked), result != null && result.isPresent() ? "answered" : "fallback");
                });
        bridge.publish(Topics.OCPP_REQUESTS, ocppId, asked);
        return answer.thenApply(reply -> reply.filter(replyType::isInstance).map(replyType::cast));
    }

    private static String kindOf(ChargerQuestion question) {
        return switch (question) {
            case ChargerQuestion.BootQuestion boot -> "BOOT";
            case ChargerQuestion.AuthorizeQuestion authorize -> "AUTHORIZE";
            case ChargerQuestion.TransactionQuestion transaction -> "TRANSACTION";
        };
    }

    @KafkaListener(
            id = "#{__listener.replyGroup()}",
            topics = Topics.OCPP_REPLIES,
            properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope<?> reply = eventJson.readIfOneOf(record, REPLIES);
        if (reply == null || !(reply.payload() instanceof ChargerAnswer answer)) {
            return;
        }
        if (!properties.nodeId().equals(answer.replyTo())) {
            return;
        }
        CompletableFuture<Optional<ChargerAnswer>> future = waiting.get(answer.questionId());
        if (future != null) {
            future.complete(Optional.of(answer));
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        assigned.set(true);
    }
}
