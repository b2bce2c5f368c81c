package io.evzone.platform.commands;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.CommandRequested;
import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** Records a command and publishes it for the gateway through the outbox: both or neither. */
public class IssueCommand {

    private static final Logger log = LoggerFactory.getLogger(IssueCommand.class);

    /**
     * @param ocppId the charger's OCPP identity, the Kafka key
     * @param subject what the command is about in the issuing service, or null
     */
    public record Request(
            String ocppId, String organizationId, String subject, ChargerCommand command, String requestedBy) {

        public Request {
            Objects.requireNonNull(ocppId, "ocppId");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(requestedBy, "requestedBy");
        }
    }

    private final IssuedCommands commands;
    private final CommandOutcomes outcomes;
    private final Outbox outbox;
    private final CommandSettings settings;
    private final Clock clock;

    IssueCommand(
            IssuedCommands commands, CommandOutcomes outcomes, Outbox outbox, CommandSettings settings, Clock clock) {
        this.commands = commands;
        this.outcomes = outcomes;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** In the caller's transaction, or in a new one. */
    @Transactional
    public IssuedCommand handle(Request request) {
        // PostgreSQL keeps microseconds: the answer shows the times as they will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        IssuedCommand issued = commands.insert(
                TimeOrderedIds.next(), request, CommandStatus.QUEUED, now, now.plus(settings.timeout()));
        outcomes.expect(issued.id());
        outbox.append(
                Topics.OCPP_COMMANDS,
                request.ocppId(),
                new CommandRequested(
                        issued.id().toString(),
                        request.ocppId(),
                        request.command(),
                        request.requestedBy(),
                        issued.requestedAt(),
                        issued.deadline()));
        log.info(
                "Command {} {} for charger {} requested by {}",
                issued.id(),
                issued.operation(),
                issued.ocppId(),
                issued.requestedBy());
        return issued;
    }
}
