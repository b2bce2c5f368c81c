package io.evzone.platform.commands;

import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.contracts.charger.CommandStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applies the first final outcome of one of this service's commands (others' commands are not in its table and are
 * skipped), raises {@link CommandFinished} in the same transaction, and wakes a request waiting for it after commit.
 */
public class RecordOutcome {

    private static final Logger log = LoggerFactory.getLogger(RecordOutcome.class);

    private final IssuedCommands commands;
    private final CommandOutcomes outcomes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordOutcome(IssuedCommands commands, CommandOutcomes outcomes, ApplicationEventPublisher events, Clock clock) {
        this.commands = commands;
        this.outcomes = outcomes;
        this.events = events;
        this.clock = clock;
    }

    /** Runs inside the consumer's transaction. */
    public void handle(CommandCompleted result) {
        UUID id = uuid(result.commandId());
        if (id == null || result.status() == null || !result.status().isFinal()) {
            return;
        }
        Instant at = result.completedAt() == null ? clock.instant() : result.completedAt();
        apply(id, result.status(), result.response() == null ? Map.of() : result.response(), at);
    }

    /** Inside the caller's transaction. */
    void apply(UUID id, CommandStatus status, Map<String, Object> response, Instant at) {
        commands.complete(id, status, response, at).ifPresent(command -> {
            log.info("Command {} {} for charger {}: {}", id, command.operation(), command.ocppId(), status);
            events.publishEvent(new CommandFinished(command));
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        outcomes.completed(id);
                    }
                });
            } else {
                outcomes.completed(id);
            }
        });
    }

    private static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
