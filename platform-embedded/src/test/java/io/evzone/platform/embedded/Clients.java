package io.evzone.platform.embedded;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain PostgreSQL, Kafka and Redis clients that connect the way a service would: from the environment. */
final class Clients {

    private static final Duration KAFKA_WAIT = Duration.ofSeconds(30);

    private Clients() {}

    static void jdbc(Map<String, String> env, String sql) throws SQLException {
        try (Connection connection = connect(env);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String queryString(Map<String, String> env, String sql) throws SQLException {
        try (Connection connection = connect(env);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private static Connection connect(Map<String, String> env) throws SQLException {
        return DriverManager.getConnection(
                env.get("DATABASE_URL"), env.get("DATABASE_USERNAME"), env.get("DATABASE_PASSWORD"));
    }

    static RecordMetadata produce(Map<String, String> env, String topic, String key, String value)
            throws ExecutionException, InterruptedException {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                env.get("KAFKA_BROKERS"),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(config)) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    static void commitOffset(Map<String, String> env, String group, TopicPartition partition, long offset)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin(env)) {
            admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(offset)))
                    .all()
                    .get();
        }
    }

    static Map<TopicPartition, OffsetAndMetadata> committedOffsets(Map<String, String> env, String group)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin(env)) {
            return admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
        }
    }

    private static Admin admin(Map<String, String> env) {
        return Admin.create(Map.of("bootstrap.servers", env.get("KAFKA_BROKERS")));
    }

    /** Reads the topic from its beginning, without a consumer group, until a record with {@code key} shows up. */
    static String consumeFirst(Map<String, String> env, String topic, String key) {
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig(env))) {
            consumer.assign(consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList());
            consumer.seekToBeginning(consumer.assignment());
            List<String> values = new ArrayList<>();
            await().atMost(KAFKA_WAIT).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        values.add(record.value());
                    }
                });
                return !values.isEmpty();
            });
            return values.getFirst();
        }
    }

    private static Map<String, Object> consumerConfig(Map<String, String> env) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                env.get("KAFKA_BROKERS"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
    }

    static String redis(Map<String, String> env, String... command) throws IOException {
        try (var client = new RespClient(env.get("REDIS_HOST"), Integer.parseInt(env.get("REDIS_PORT")))) {
            return client.send(command);
        }
    }
}
