package io.evzone.session.commands.application;

import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.session.commands.domain.ChargerCommands;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records a charger's answer to one of this service's commands; others' commands are ignored. */
@Service
public class RecordCommandResult {

    private final ChargerCommands commands;
    private final CommandOutcomes outcomes;
    private final ApplicationEventPublisher events;

    public RecordCommandResult(ChargerCommands commands, CommandOutcomes outcomes, ApplicationEventPublisher events) {
        this.commands = commands;
        this.outcomes = outcomes;
        this.events = events;
    }

    /** Runs inside the consumer's transaction. */
    public void handle(CommandCompleted result) {
        UUID id = parse(result.commandId());
        if (id == null || result.status() == null || !result.status().isFinal()) {
            return;
        }
        Instant at = result.completedAt() == null ? Instant.now() : result.completedAt();
        Map<String, Object> response = result.response() == null ? Map.of() : result.response();
        if (commands.complete(id, result.status(), response, at)) {
            commands.byId(id).ifPresent(command -> events.publishEvent(new CommandFinished(command)));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    outcomes.completed(id);
                }
            });
        }
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
