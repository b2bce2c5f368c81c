package io.evzone.session.shared.web;

import io.evzone.platform.commands.IssuedCommand;
import java.time.Instant;
import java.util.Map;

/**
 * A command sent to a charger and, once it answered, its answer.
 *
 * @param chargePointId the charge point's id in the station service, or null while this service has not learned it
 * @param ocppId the charger's OCPP identity
 * @param action the operation ({@code remote-start}, {@code remote-stop}, {@code send-local-list})
 * @param status QUEUED or SENT while unanswered; ACCEPTED, REJECTED, FAILED, NOT_SUPPORTED, TIMED_OUT or OFFLINE after
 * @param response the charger's answer payload
 */
public record CommandResponse(
        String commandId,
        String chargePointId,
        String ocppId,
        String action,
        String sessionId,
        String status,
        Instant requestedAt,
        Instant completedAt,
        Map<String, Object> response) {

    public static CommandResponse of(IssuedCommand c, String chargePointId) {
        return new CommandResponse(
                c.id().toString(),
                chargePointId,
                c.ocppId(),
                c.operation(),
                c.subject(),
                c.status().name(),
                c.requestedAt(),
                c.completedAt(),
                c.response());
    }
}
