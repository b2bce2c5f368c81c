package io.evzone.station.commands.domain;

import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.command.ChangeAvailability;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.RemoteStart;
import io.evzone.contracts.charger.command.RemoteStop;
import io.evzone.contracts.charger.command.Reset;
import io.evzone.contracts.charger.command.UnlockConnector;
import io.evzone.contracts.charger.command.UpdateFirmware;
import io.evzone.station.shared.domain.DomainException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The commands the operator consoles send by the names in their paths, with the {@link CommandInput} body, each as the
 * version-neutral {@link ChargerCommand} it stands for.
 */
public enum ClientCommand {
    /** Reset of type Soft (2.0.1: OnIdle): the charger ends transactions and restarts its software. */
    SOFT_RESET,
    /** Reset of type Hard (2.0.1: Immediate). */
    REBOOT,
    REMOTE_START,
    REMOTE_STOP,
    UNLOCK,
    UPDATE_FIRMWARE,
    /** ChangeAvailability to Inoperative: the charger, or one EVSE or connector, takes no new sessions. */
    PAUSE,
    /** ChangeAvailability to Operative. */
    RESUME;

    /** The name in the URL: {@code soft-reset}, {@code remote-start}, ... */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ClientCommand> byPathName(String name) {
        return Arrays.stream(values()).filter(c -> c.pathName().equals(name)).findFirst();
    }

    /**
     * The command for this charger.
     *
     * @throws DomainException naming the missing or invalid field
     */
    public ChargerCommand command(CommandInput input, CommandTarget target) {
        try {
            return switch (this) {
                case SOFT_RESET -> new Reset(Reset.Type.SOFT, null);
                case REBOOT -> new Reset(Reset.Type.HARD, null);
                case REMOTE_START -> remoteStart(input, target);
                case REMOTE_STOP -> new RemoteStop(transactionId(input));
                case UNLOCK -> {
                    CommandTarget.Place place = target.place(input.evseId(), input.connectorId());
                    yield new UnlockConnector(place.evseId(), place.connectorId());
                }
                case UPDATE_FIRMWARE -> firmware(input);
                case PAUSE, RESUME -> {
                    CommandTarget.Place place = target.place(input.evseId(), input.connectorId());
                    yield new ChangeAvailability(place.evseId(), place.connectorId(), this == RESUME);
                }
            };
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(e.getMessage());
        }
    }

    /**
     * The token keeps its type: the one the operator names, else the one it was registered with in the session
     * service, else ISO14443 (an RFID card); never Central, which would make the charger treat it as a CSMS token.
     */
    private static RemoteStart remoteStart(CommandInput input, CommandTarget target) {
        String value = required(input.idTag(), "idTag");
        String type = input.idTokenType() != null
                ? input.idTokenType()
                : target.tokenTypes().ocppTypeOf(value).orElse("ISO14443");
        return new RemoteStart(
                input.evseId(),
                input.connectorId(),
                new IdToken(value, type),
                ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE),
                null);
    }

    /** The id exactly as the charger reported it: the gateway reads a 1.6 id as an integer, a 2.0.1 id as text. */
    private static String transactionId(CommandInput input) {
        if (input.transactionId() == null && input.sessionId() != null) {
            throw DomainException.invalid("sessionId: the session service stops sessions by id"
                    + " (POST /api/v1/sessions/{id}/stop on port 3002); here give the charger's transactionId");
        }
        return required(input.transactionId(), "transactionId");
    }

    private static UpdateFirmware firmware(CommandInput input) {
        return new UpdateFirmware(
                ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE),
                required(input.location(), "location"),
                instant(required(input.retrieveAt(), "retrieveAt"), "retrieveAt"),
                input.installAt() == null ? null : instant(input.installAt(), "installAt"),
                input.retries(),
                input.retryIntervalSec(),
                null);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field + ": required");
        }
        return value.strip();
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field + ": an ISO-8601 instant such as 2026-12-24T18:00:00Z");
        }
    }
}
