package io.evzone.gateway.command;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.gateway.bridge.EventBridge;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.presence.ChargerPresence;
import io.evzone.platform.messaging.EventJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Gets a command to the node that holds the charger. The Redis registry says which node that is;
 * the command travels on {@value #ROUTED_TOPIC}, which every node reads in its own consumer group and
 * filters by target node; the outcome comes back as the {@code CommandCompleted} on
 * {@code ocpp.command-results.v1}, read the same way. No registry entry means OFFLINE; a node that
 * never answers means TIMED_OUT at the deadline.
 */
@Component
public class CommandRouter implements ConsumerSeekAware {

    /** Gateway-internal: commands forwarded between gateway nodes. */
    public static final String ROUTED_TOPIC = "ocpp-gateway.routed-commands.v1";

    private final CommandExecutor executor;
    private final ChargerPresence presence;
    private final EventBridge bridge;
    private final EventJson eventJson;
    private final GatewayProperties properties;
    private final ScheduledExecutorService scheduler;
    private final Map<String, CompletableFuture<CommandExecutor.Outcome>> waiting = new ConcurrentHashMap<>();
    private final AtomicBoolean assigned = new AtomicBoolean();

    public CommandRouter(
            CommandExecutor executor,
            ChargerPresence presence,
            EventBridge bridge,
            EventJson eventJson,
            GatewayProperties properties,
            ScheduledExecutorService gatewayScheduler) {
        this.executor = executor;
        this.presence = presence;
        this.bridge = bridge;
        this.eventJson = eventJson;
        this.properties = properties;
        this.scheduler = gatewayScheduler;
    }

    public String routingGroup() {
        return "evzone-ocpp-gateway-routing-" + properties.nodeId();
    }

    public boolean ready() {
        return assigned.get();
    }

    /** Where a command for this charger would go: this node, another node, or nowhere. */
    public Optional<ChargerPresence.Location> locate(String chargePointId) {
        return executor.holds(chargePointId)
                ? Optional.of(new ChargerPresence.Location(properties.nodeId(), null))
                : presence.locate(chargePointId);
    }

    /**
     * Routes a recorded (QUEUED) command. The future completes with the outcome, or with TIMED_OUT
     * after {@code wait}.
     */
    public CompletableFuture<CommandExecutor.Outcome> route(
            UUID id, String chargePointId, ChargerCommand command, Duration wait) {
        String action = command.operation();
        CompletableFuture<CommandExecutor.Outcome> outcome;
        if (executor.holds(chargePointId)) {
            outcome = executor.execute(id, chargePointId, command);
        } else {
            Optional<ChargerPresence.Location> location = presence.locate(chargePointId);
            if (location.isEmpty() || location.get().node().equals(properties.nodeId())) {
                return executor.finish(
                        id, chargePointId, action, CommandStatus.OFFLINE, Map.of("reason", "charger not connected"));
            }
            outcome = new CompletableFuture<>();
            waiting.put(id.toString(), outcome);
            outcome.whenComplete((o, e) -> waiting.remove(id.toString()));
            bridge.publish(
                    ROUTED_TOPIC,
                    chargePointId,
                    new RoutedCommand(
                            location.get().node(),
                            id.toString(),
                            chargePointId,
                            command,
                            Instant.now().plus(wait)));
        }
        CompletableFuture<CommandExecutor.Outcome> result = new CompletableFuture<>();
        outcome.whenComplete((o, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
            } else {
                result.complete(o);
            }
        });
        scheduler.schedule(
                () -> {
                    if (!result.isDone()) {
                        executor.finish(
                                        id,
                                        chargePointId,
                                        action,
                                        CommandStatus.TIMED_OUT,
                                        Map.of("reason", "no answer in time"))
                                .thenAccept(result::complete);
                    }
                },
                wait.toMillis(),
                TimeUnit.MILLISECONDS);
        return result;
    }

    @KafkaListener(
            id = "#{__listener.routingGroup()}",
            topics = {ROUTED_TOPIC, Topics.OCPP_COMMAND_RESULTS},
            properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, String> record) {
        if (ROUTED_TOPIC.equals(record.topic())) {
            RoutedCommand command =
                    eventJson.read(record.value(), RoutedCommand.class).payload();
            if (properties.nodeId().equals(command.targetNode())) {
                executor.execute(UUID.fromString(command.commandId()), command.chargePointId(), command.command());
            }
            return;
        }
        CommandCompleted completed =
                eventJson.read(record.value(), CommandCompleted.class).payload();
        CompletableFuture<CommandExecutor.Outcome> future = waiting.get(completed.commandId());
        if (future != null) {
            future.complete(new CommandExecutor.Outcome(
                    UUID.fromString(completed.commandId()), completed.status(), completed.response()));
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        assigned.set(true);
    }

    @Configuration(proxyBeanMethods = false)
    static class Topic {
        @Bean
        NewTopic routedCommandsTopic(GatewayProperties properties) {
            return new NewTopic(ROUTED_TOPIC, 6, (short) 1);
        }
    }
}
