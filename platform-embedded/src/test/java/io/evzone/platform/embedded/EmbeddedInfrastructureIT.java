package io.evzone.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureIT {

    private static final String TOPIC = "embedded.test.v1";
    private static final String GROUP = "embedded-test";

    @TempDir
    Path dataDir;

    @Test
    void keepsRowsRecordsOffsetsAndKeysAcrossARestartOnTheSameDirectory() throws Exception {
        TopicPartition partition;
        try (var infrastructure = EmbeddedInfrastructure.start(EmbeddedSettings.forTests(dataDir))) {
            Map<String, String> env = infrastructure.environment();
            Clients.jdbc(env, "CREATE TABLE charger (id text PRIMARY KEY, vendor text NOT NULL)");
            Clients.jdbc(env, "INSERT INTO charger VALUES ('CP-1', 'ABB')");
            RecordMetadata record = Clients.produce(env, TOPIC, "CP-1", "booted");
            partition = new TopicPartition(record.topic(), record.partition());
            Clients.commitOffset(env, GROUP, partition, record.offset() + 1);
            Clients.redis(env, "SET", "charger:CP-1", "online");
        }

        try (var infrastructure = EmbeddedInfrastructure.start(EmbeddedSettings.forTests(dataDir))) {
            Map<String, String> env = infrastructure.environment();
            assertThat(Clients.queryString(env, "SELECT vendor FROM charger WHERE id = 'CP-1'"))
                    .isEqualTo("ABB");
            assertThat(Clients.consumeFirst(env, TOPIC, "CP-1")).isEqualTo("booted");
            assertThat(Clients.committedOffsets(env, GROUP)).containsEntry(partition, new OffsetAndMetadata(1));
            assertThat(Clients.redis(env, "GET", "charger:CP-1")).isEqualTo("online");
        }
        assertThat(dataDir.resolve("redis/dump.rdb"))
                .as("Redis snapshot saved on shutdown")
                .exists();
    }

    @Test
    void describesEveryServerToTheServicesAsTheirEnvironment() throws Exception {
        try (var infrastructure = EmbeddedInfrastructure.start(EmbeddedSettings.forTests(dataDir))) {
            Map<String, String> env = infrastructure.environment();

            assertThat(env.get("DATABASE_URL")).matches("jdbc:postgresql://localhost:\\d+/evzone");
            assertThat(Clients.queryString(env, "SELECT current_user")).isEqualTo("evzone");
            assertThat(env.get("KAFKA_BROKERS")).matches("localhost:\\d+");
            assertThat(Clients.produce(env, TOPIC, "CP-2", "booted").partition())
                    .isBetween(0, 5);
            assertThat(env).containsEntry("REDIS_HOST", "localhost");
            assertThat(Clients.redis(env, "PING")).isEqualTo("PONG");
        }
    }

    @Test
    void leavesServersThatAreNotEmbeddedOutOfTheEnvironment() {
        try (var infrastructure = EmbeddedInfrastructure.start(redisOnly(0))) {
            assertThat(infrastructure.environment()).containsOnlyKeys("REDIS_HOST", "REDIS_PORT");
        }
    }

    @Test
    void stopsOnceWhenClosedTwice() throws IOException {
        var infrastructure = EmbeddedInfrastructure.start(redisOnly(0));
        int port = Integer.parseInt(infrastructure.environment().get("REDIS_PORT"));

        infrastructure.close();
        infrastructure.close();

        assertThat(portIsFree(port)).isTrue();
    }

    @Test
    void failsNamingThePortAndItsVariableWhenAConfiguredPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedInfrastructure.start(redisOnly(taken.getLocalPort())))
                    .isInstanceOf(PortUnavailableException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("EVZONE_REDIS_PORT");
        }
        try (var infrastructure = EmbeddedInfrastructure.start(redisOnly(0))) {
            assertThat(infrastructure.environment())
                    .as("data directory released")
                    .containsKey("REDIS_PORT");
        }
    }

    private EmbeddedSettings redisOnly(int port) {
        return new EmbeddedSettings(dataDir, false, 0, false, 0, 0, true, port);
    }

    private static boolean portIsFree(int port) {
        try {
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
