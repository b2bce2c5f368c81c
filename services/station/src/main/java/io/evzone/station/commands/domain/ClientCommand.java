package io.evzone.station.commands.domain;

import io.evzone.contracts.charger.CommandAction;
import io.evzone.station.shared.domain.DomainException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The commands the operator consoles send to a charge point, by the names in their paths, each as the
 * version-neutral {@link CommandAction} the gateway turns into the charger's OCPP CALL.
 */
public enum ClientCommand {
    /** Reset of type Soft (2.0.1: OnIdle): the charger ends transactions and restarts its software. */
    SOFT_RESET(CommandAction.RESET),
    /** Reset of type Hard (2.0.1: Immediate). */
    REBOOT(CommandAction.RESET),
    REMOTE_START(CommandAction.REMOTE_START),
    REMOTE_STOP(CommandAction.REMOTE_STOP),
    UNLOCK(CommandAction.UNLOCK),
    UPDATE_FIRMWARE(CommandAction.UPDATE_FIRMWARE),
    /** ChangeAvailability to Inoperative: the charger, or one connector, takes no new sessions. */
    PAUSE(CommandAction.CHANGE_AVAILABILITY),
    /** ChangeAvailability to Operative. */
    RESUME(CommandAction.CHANGE_AVAILABILITY);

    private final CommandAction action;

    ClientCommand(CommandAction action) {
        this.action = action;
    }

    public CommandAction action() {
        return action;
    }

    /** The name in the URL: {@code soft-reset}, {@code remote-start}, ... */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ClientCommand> byPathName(String name) {
        return Arrays.stream(values()).filter(c -> c.pathName().equals(name)).findFirst();
    }

    /**
     * The action's parameters as {@link CommandAction} documents them.
     *
     * @throws DomainException naming the missing or invalid field
     */
    public Map<String, Object> parameters(CommandInput input) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        switch (this) {
            case SOFT_RESET -> parameters.put("type", "SOFT");
            case REBOOT -> parameters.put("type", "HARD");
            case REMOTE_START -> {
                putPlace(parameters, input);
                parameters.put("idToken", required(input.idTag(), "idTag"));
            }
            case REMOTE_STOP -> parameters.put("transactionId", transactionId(input));
            case UNLOCK -> {
                if (input.connectorId() == null && input.evseId() == null) {
                    throw DomainException.invalid("connectorId: required to unlock (or evseId)");
                }
                putPlace(parameters, input);
            }
            case UPDATE_FIRMWARE -> firmware(parameters, input);
            case PAUSE, RESUME -> {
                putPlace(parameters, input);
                parameters.put("operative", this == RESUME);
            }
        }
        return parameters;
    }

    private static void putPlace(Map<String, Object> parameters, CommandInput input) {
        if (input.connectorId() != null) {
            parameters.put("connectorId", atLeast(input.connectorId(), 0, "connectorId"));
        }
        if (input.evseId() != null) {
            parameters.put("evseId", atLeast(input.evseId(), 0, "evseId"));
        }
    }

    private static Object transactionId(CommandInput input) {
        if (input.transactionId() == null && input.sessionId() != null) {
            throw DomainException.invalid("sessionId: the session service stops sessions by id"
                    + " (POST /api/v1/sessions/{id}/stop on port 3002); here give the charger's transactionId");
        }
        String id = required(input.transactionId(), "transactionId");
        // OCPP 1.6 transaction ids are integers, 2.0.1 ones strings: digits travel as a number for both.
        return id.chars().allMatch(Character::isDigit) && id.length() < 10 ? Integer.valueOf(id) : id;
    }

    private static void firmware(Map<String, Object> parameters, CommandInput input) {
        parameters.put("location", required(input.location(), "location"));
        parameters.put("retrieveAt", instant(required(input.retrieveAt(), "retrieveAt"), "retrieveAt"));
        if (input.installAt() != null) {
            parameters.put("installAt", instant(input.installAt(), "installAt"));
        }
        if (input.retries() != null) {
            parameters.put("retries", atLeast(input.retries(), 0, "retries"));
        }
        if (input.retryIntervalSec() != null) {
            parameters.put("retryIntervalSec", atLeast(input.retryIntervalSec(), 0, "retryIntervalSec"));
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field + ": required");
        }
        return value.strip();
    }

    private static int atLeast(int value, int minimum, String field) {
        if (value < minimum) {
            throw DomainException.invalid(field + ": must be at least " + minimum);
        }
        return value;
    }

    private static String instant(String value, String field) {
        try {
            return Instant.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field + ": an ISO-8601 instant such as 2026-12-24T18:00:00Z");
        }
    }
}
