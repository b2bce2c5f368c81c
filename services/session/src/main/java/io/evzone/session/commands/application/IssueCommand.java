package io.evzone.session.commands.application;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.CommandAction;
import io.evzone.contracts.charger.CommandRequested;
import io.evzone.contracts.charger.CommandStatus;
import io.evzone.platform.outbox.Outbox;
import io.evzone.session.commands.domain.ChargerCommand;
import io.evzone.session.commands.domain.ChargerCommands;
import io.evzone.session.config.SessionProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a command and publishes it for the gateway (outbox: both or neither). */
@Service
public class IssueCommand {

    private final ChargerCommands commands;
    private final Outbox outbox;
    private final CommandOutcomes outcomes;
    private final Clock clock;
    private final SessionProperties properties;

    public IssueCommand(
            ChargerCommands commands,
            Outbox outbox,
            CommandOutcomes outcomes,
            Clock clock,
            SessionProperties properties) {
        this.commands = commands;
        this.outbox = outbox;
        this.outcomes = outcomes;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * @param sessionId the session a stop is about, or null
     * @param parameters the command's fields as {@link CommandAction} documents them
     */
    public record Command(
            String chargePointId,
            String organizationId,
            CommandAction action,
            UUID sessionId,
            Map<String, Object> parameters,
            String requestedBy) {

        public Command {
            Objects.requireNonNull(chargePointId, "chargePointId");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(requestedBy, "requestedBy");
            parameters = Map.copyOf(parameters);
        }
    }

    /** Issues the command in the caller's transaction, or in a new one. */
    @Transactional(propagation = Propagation.REQUIRED)
    public ChargerCommand handle(Command command) {
        Instant now = clock.instant();
        var issued = new ChargerCommand(
                UUID.randomUUID(),
                command.chargePointId(),
                command.organizationId(),
                command.action().name(),
                command.sessionId(),
                command.requestedBy(),
                CommandStatus.QUEUED,
                null,
                now,
                now.plus(properties.commandTimeout()),
                null);
        commands.insert(issued);
        outcomes.expect(issued.id());
        outbox.append(
                Topics.OCPP_COMMANDS,
                command.chargePointId(),
                new CommandRequested(
                        issued.id().toString(),
                        issued.chargePointId(),
                        issued.action(),
                        command.parameters(),
                        issued.requestedBy(),
                        issued.requestedAt(),
                        issued.deadline()));
        return issued;
    }
}
