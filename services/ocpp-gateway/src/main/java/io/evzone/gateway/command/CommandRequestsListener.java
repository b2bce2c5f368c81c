package io.evzone.gateway.command;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.CommandRequested;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.platform.messaging.EventJson;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Commands other services send on {@code ocpp.commands.v1} (remote start/stop from the session
 * service, reservations from booking...). The gateway's shared consumer group gives each to one
 * node, which records it and routes it; the outcome goes to {@code ocpp.command-results.v1}.
 */
@Component
public class CommandRequestsListener {

    private final EventJson eventJson;
    private final JdbcCommands commands;
    private final CommandRouter router;
    private final GatewayProperties properties;

    public CommandRequestsListener(
            EventJson eventJson, JdbcCommands commands, CommandRouter router, GatewayProperties properties) {
        this.eventJson = eventJson;
        this.commands = commands;
        this.router = router;
        this.properties = properties;
    }

    @KafkaListener(topics = Topics.OCPP_COMMANDS)
    void on(ConsumerRecord<String, String> record) {
        CommandRequested request =
                eventJson.read(record.value(), CommandRequested.class).payload();
        UUID id = parse(request.commandId());
        if (!commands.insert(id, request.ocppId(), request.command(), request.requestedBy())) {
            return; // delivered before
        }
        Duration wait = request.deadline() == null
                ? properties.callTimeout()
                : Duration.between(Instant.now(), request.deadline());
        if (wait.compareTo(Duration.ofSeconds(1)) < 0) {
            wait = Duration.ofSeconds(1);
        }
        router.route(id, request.ocppId(), request.command(), wait);
    }

    private static UUID parse(String commandId) {
        try {
            return UUID.fromString(commandId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return UUID.nameUUIDFromBytes(String.valueOf(commandId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
