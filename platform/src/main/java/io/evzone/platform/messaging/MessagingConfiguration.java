package io.evzone.platform.messaging;

import io.evzone.contracts.Topics;
import io.evzone.platform.retention.ScheduledPurge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
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

    /** The container factory of batch listeners. */
    public static final String BATCH_LISTENER_FACTORY = "evzoneBatchListenerFactory";

    @Bean
    EventJson eventJson(JsonMapper json) {
        return new EventJson(json);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions, EventJson eventJson) {
        return new IdempotentConsumer(jdbc, transactions, eventJson);
    }

    @Bean
    IdempotentBatchConsumer idempotentBatchConsumer(JdbcClient jdbc, TransactionTemplate transactions) {
        return new IdempotentBatchConsumer(jdbc, transactions);
    }

    @Bean
    ProcessedEventPurge processedEventPurge(
            JdbcClient jdbc,
            @Value("${evzone.kafka.processed-event-retention:7d}") Duration retention,
            @Value("${evzone.kafka.processed-event-purge-interval:10m}") Duration interval) {
        return new ProcessedEventPurge(jdbc, retention, interval, ScheduledPurge.CHUNK);
    }

    /**
     * A listener container for batch listeners ({@code containerFactory = BATCH_LISTENER_FACTORY}):
     * configured like the default one (error handler with retries and dead letters, interceptors),
     * with offsets committed per batch.
     */
    @Bean(BATCH_LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> evzoneBatchListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumers,
            @Value("${evzone.kafka.max-batch:200}") int maxBatch,
            @Value("${evzone.kafka.batch-fetch-min-bytes:65536}") int fetchMinBytes,
            @Value("${evzone.kafka.batch-fetch-max-wait-ms:50}") int fetchMaxWaitMs) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        var consumerOverrides = new Properties();
        // A batch is one transaction: bounded, so its answers and events leave within a deadline.
        consumerOverrides.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(maxBatch));
        // A batch consumer gains nothing from a fetch per produced record: at thousands of records a
        // second, completing those fetches was over a quarter of the broker's request handling. It
        // waits for a fuller fetch instead, at most fetchMaxWaitMs.
        consumerOverrides.setProperty(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, String.valueOf(fetchMinBytes));
        consumerOverrides.setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, String.valueOf(fetchMaxWaitMs));
        factory.getContainerProperties().setKafkaConsumerProperties(consumerOverrides);
        return factory;
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
