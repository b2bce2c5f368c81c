package io.evzone.station.commands.application;

import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.station.commands.domain.ChargePointCommands;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Records the gateway's report of how a charger answered one of this service's commands; others' are skipped. */
@Service
public class RecordCommandOutcome {

    private static final Logger log = LoggerFactory.getLogger(RecordCommandOutcome.class);

    private final ChargePointCommands commands;
    private final Clock clock;

    public RecordCommandOutcome(ChargePointCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** Runs inside the consumer's transaction. */
    public void handle(CommandCompleted result) {
        UUID id = uuid(result.commandId());
        if (id == null || result.status() == null || !result.status().isFinal()) {
            return;
        }
        Map<String, Object> response = result.response() == null ? Map.of() : result.response();
        if (commands.complete(
                id, result.status(), response, result.completedAt() == null ? clock.instant() : result.completedAt())) {
            log.info("Command {} for charger {}: {}", id, result.chargePointId(), result.status());
        }
    }

    private static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
