package io.evzone.platform.messaging;

import io.evzone.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka conventions for every service: topics created with the configured partitions, bounded
 * retries then a dead-letter topic per consumer group, correlation ids from headers into logs.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    EventJson eventJson(JsonMapper json) {
        return new EventJson(json);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions, EventJson eventJson) {
        return new IdempotentConsumer(jdbc, transactions, eventJson);
    }

    @Bean
    CorrelationRecordInterceptor correlationRecordInterceptor() {
        return new CorrelationRecordInterceptor();
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(
            KafkaTemplate<String, String> template,
            @Value("${spring.kafka.consumer.group-id}") String groupId,
            @Value("${evzone.kafka.retry-interval-ms:200}") long retryIntervalMs,
            @Value("${evzone.kafka.max-retries:3}") long maxRetries) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template, (record, e) -> new TopicPartition(Topics.deadLetterOf(groupId), -1));
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(retryIntervalMs, maxRetries));
        handler.addNotRetryableExceptions(PoisonMessageException.class);
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics evzoneTopics(
            @Value("${spring.kafka.consumer.group-id}") String groupId,
            @Value("${evzone.kafka.partitions}") int partitions,
            @Value("${evzone.kafka.replication-factor}") short replicationFactor) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.all()) {
            topics.add(new NewTopic(topic, partitions, replicationFactor));
        }
        topics.add(new NewTopic(Topics.deadLetterOf(groupId), partitions, replicationFactor));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
