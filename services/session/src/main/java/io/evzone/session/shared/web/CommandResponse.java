package io.evzone.session.shared.web;

import io.evzone.session.commands.domain.ChargerCommand;
import java.time.Instant;
import java.util.Map;

/**
 * A command sent to a charger and, once it answered, its answer.
 *
 * @param status QUEUED or SENT while unanswered; ACCEPTED, REJECTED, FAILED, TIMED_OUT or OFFLINE after
 * @param response the charger's answer payload
 */
public record CommandResponse(
        String commandId,
        String chargePointId,
        String action,
        String sessionId,
        String status,
        Instant requestedAt,
        Instant completedAt,
        Map<String, Object> response) {

    public static CommandResponse of(ChargerCommand c) {
        return new CommandResponse(
                c.id().toString(),
                c.chargePointId(),
                c.action(),
                c.sessionId() == null ? null : c.sessionId().toString(),
                c.status().name(),
                c.requestedAt(),
                c.completedAt(),
                c.response());
    }
}
