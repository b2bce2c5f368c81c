package io.evzone.station.it;

import static org.awaitility.Awaitility.await;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerBooted;
import io.evzone.contracts.charger.ChargerConnected;
import io.evzone.contracts.charger.ChargerDisconnected;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.ConnectorStatusReported;
import io.evzone.contracts.charger.HeartbeatReceived;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.session.IdTokenChanged;
import io.evzone.platform.messaging.EventPublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays the OCPP gateway over Kafka: asks boot questions, reports connections, heartbeats,
 * connector statuses and command outcomes, and records what the station service answers, publishes and
 * commands from the moment it was created.
 */
final class GatewayDouble implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EventPublisher publisher;
    private final JsonMapper json;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;
    private List<CompletableFuture<?>> burst;

    GatewayDouble(EventPublisher publisher, JsonMapper json, String brokers) {
        this.publisher = publisher;
        this.json = json;
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        brokers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions =
                List.of(Topics.OCPP_REPLIES, Topics.STATION_EVENTS, Topics.OCPP_COMMANDS).stream()
                        .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                                .map(p -> new TopicPartition(topic, p.partition())))
                        .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.poller = Thread.ofPlatform().daemon().name("gateway-double").start(this::poll);
    }

    private void poll() {
        while (running) {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
        }
        consumer.close();
    }

    String boot(String ocppId, String vendor, String model, String firmware) {
        return boot(ocppId, vendor, model, firmware, Instant.now().plusSeconds(30));
    }

    /** A BOOT question with the given deadline (in the past: the gateway already gave its fallback). */
    String boot(String ocppId, String vendor, String model, String firmware, Instant deadline) {
        String questionId = UUID.randomUUID().toString();
        var question = new ChargerQuestion.BootQuestion(
                questionId,
                ocppId,
                "gateway-test-node",
                deadline,
                new ChargerQuestion.Boot(OcppVersion.V16, vendor, model, "SN-" + ocppId, firmware, null));
        send(Topics.OCPP_REQUESTS, ocppId, question);
        return questionId;
    }

    void connected(String ocppId) {
        connected(ocppId, "gateway-test-node");
    }

    /** @return when the connection opened, as the gateway stamps it */
    Instant connected(String ocppId, String node) {
        Instant at = Instant.now();
        send(Topics.CHARGER_EVENTS, ocppId, new ChargerConnected(ocppId, OcppVersion.V16, node, 1, "127.0.0.1", at));
        return at;
    }

    void disconnected(String ocppId) {
        disconnected(ocppId, null);
    }

    /** The end of the connection that opened at {@code openedAt} (null: a gateway that does not say). */
    void disconnected(String ocppId, Instant openedAt) {
        send(
                Topics.CHARGER_EVENTS,
                ocppId,
                new ChargerDisconnected(ocppId, "gateway-test-node", "closed by charger", Instant.now(), openedAt));
    }

    /** A boot the gateway answered from its own copy of the registration, without asking this service. */
    void booted(String ocppId, String model, String firmwareVersion) {
        send(
                Topics.CHARGER_EVENTS,
                ocppId,
                new ChargerBooted(
                        ocppId,
                        OcppVersion.V16,
                        "EVZone",
                        model,
                        "SN-1",
                        firmwareVersion,
                        null,
                        null,
                        null,
                        RegistrationStatus.ACCEPTED,
                        Instant.now()));
    }

    void heartbeat(String ocppId) {
        send(Topics.CHARGER_EVENTS, ocppId, new HeartbeatReceived(ocppId, Instant.now()));
    }

    void status(String ocppId, int connector, ConnectorStatus status) {
        String errorCode = status == ConnectorStatus.FAULTED ? "GroundFailure" : "NoError";
        send(
                Topics.CHARGER_EVENTS,
                ocppId,
                new ConnectorStatusReported(
                        ocppId, connector, connector, status, errorCode, null, null, Instant.now()));
    }

    /** Any other event the gateway reports about a charger, on {@code ocpp.charger-events.v1}. */
    void chargerEvent(String ocppId, Object payload) {
        send(Topics.CHARGER_EVENTS, ocppId, payload);
    }

    /** The answer to a question, as soon as it is published. */
    JsonNode awaitAnswer(String questionId) {
        return awaitPayload(
                Topics.OCPP_REPLIES,
                "BootReply",
                p -> questionId.equals(p.path("questionId").asString()));
    }

    Optional<JsonNode> answer(String questionId) {
        return payloads(Topics.OCPP_REPLIES, "BootReply").stream()
                .filter(p -> questionId.equals(p.path("questionId").asString()))
                .findFirst();
    }

    /** The command with this id on {@code ocpp.commands.v1}, once published, with the record's key. */
    Command awaitCommand(String commandId) {
        await().atMost(PATIENCE)
                .pollInterval(20, TimeUnit.MILLISECONDS)
                .until(() -> commands().stream().anyMatch(c -> commandId.equals(c.commandId())));
        return commands().stream()
                .filter(c -> commandId.equals(c.commandId()))
                .findFirst()
                .orElseThrow();
    }

    /** Every command published since this double was made. */
    List<Command> commands() {
        return received.stream()
                .filter(r -> r.topic().equals(Topics.OCPP_COMMANDS))
                .map(r -> new Command(r.key(), json.readTree(r.value()).path("payload")))
                .toList();
    }

    /** The commands for one charger (other tests' commands may still be arriving). */
    List<Command> commands(String ocppId) {
        return commands().stream().filter(c -> ocppId.equals(c.key())).toList();
    }

    record Command(String key, JsonNode payload) {
        String commandId() {
            return payload.path("commandId").asString();
        }
    }

    /** Reports how the charger answered a command, as the gateway node that sent it does. */
    void completed(String ocppId, String commandId, String action, CommandStatus status, Map<String, Object> response) {
        send(
                Topics.OCPP_COMMAND_RESULTS,
                ocppId,
                new CommandCompleted(commandId, ocppId, action, status, response, Instant.now()));
    }

    JsonNode awaitStationEvent(String type, Predicate<JsonNode> matching) {
        return awaitPayload(Topics.STATION_EVENTS, type, matching);
    }

    List<JsonNode> stationEvents(String type, Predicate<JsonNode> matching) {
        return payloads(Topics.STATION_EVENTS, type).stream().filter(matching).toList();
    }

    private JsonNode awaitPayload(String topic, String type, Predicate<JsonNode> matching) {
        return await().atMost(PATIENCE)
                .pollInterval(20, TimeUnit.MILLISECONDS)
                .until(() -> payloads(topic, type).stream().filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private List<JsonNode> payloads(String topic, String type) {
        return received.stream()
                .filter(r -> r.topic().equals(topic))
                .map(r -> json.readTree(r.value()))
                .filter(envelope -> type.equals(envelope.path("type").asString()))
                .map(envelope -> envelope.path("payload"))
                .toList();
    }

    /** Plays the session service: a token registered with its OCPP type. */
    void idTokenRegistered(String value, String ocppType) {
        String tokenId = UUID.randomUUID().toString();
        send(
                Topics.SESSION_EVENTS,
                tokenId,
                new IdTokenChanged(tokenId, "org-any", value, ocppType, false, Instant.now()));
    }

    private void send(String topic, String ocppId, Object payload) {
        var envelope = new EventEnvelope<>(
                UUID.randomUUID(),
                payload.getClass().getSimpleName(),
                Instant.now(),
                "ocpp-gateway",
                ocppId,
                "test-" + UUID.randomUUID(),
                payload);
        CompletableFuture<?> sent = publisher.publish(topic, envelope);
        if (burst != null) {
            burst.add(sent);
        } else {
            confirm(sent, topic);
        }
    }

    /**
     * Publishes what {@code events} sends without waiting for each record, as a busy gateway does: the service
     * then gets many chargers' events, several of each, in one poll.
     */
    void burst(Runnable events) {
        burst = new ArrayList<>();
        try {
            events.run();
        } finally {
            List<CompletableFuture<?>> sent = burst;
            burst = null;
            sent.forEach(f -> confirm(f, Topics.CHARGER_EVENTS));
        }
    }

    private static void confirm(CompletableFuture<?> sent, String topic) {
        try {
            sent.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
