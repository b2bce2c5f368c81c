package io.evzone.session.charging.application;

import io.evzone.contracts.charger.command.RemoteStop;
import io.evzone.platform.commands.CommandOutcomes;
import io.evzone.platform.commands.IssueCommand;
import io.evzone.platform.commands.IssuedCommand;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.charging.domain.SessionState;
import io.evzone.session.charging.domain.SessionStatus;
import io.evzone.session.config.SessionProperties;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Asks the charger to stop a session (RemoteStopTransaction / RequestStopTransaction). The session
 * stays ACTIVE until the charger reports the stop: the earlier backend's habit of closing the row
 * itself left chargers charging on sessions the CSMS thought were over.
 */
@Service
public class RemoteStopSession {

    private final FindSessions sessions;
    private final IssueCommand issue;
    private final CommandOutcomes outcomes;
    private final SessionProperties properties;

    RemoteStopSession(
            FindSessions sessions, IssueCommand issue, CommandOutcomes outcomes, SessionProperties properties) {
        this.sessions = sessions;
        this.issue = issue;
        this.outcomes = outcomes;
        this.properties = properties;
    }

    public IssuedCommand handle(AccessTokenClaims caller, UUID sessionId) {
        SessionState session = sessions.get(caller, sessionId);
        if (!SessionAccess.controls(caller, session)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "You may not stop this session");
        }
        if (session.status() != SessionStatus.ACTIVE) {
            throw ApiException.conflict("Session " + sessionId + " is " + session.status() + ", not ACTIVE");
        }
        IssuedCommand command = issue.handle(new IssueCommand.Request(
                session.chargePointId(),
                session.organizationId(),
                session.id().toString(),
                new RemoteStop(session.transactionId()),
                caller.userId()));
        return outcomes.await(command.id(), properties.commandWait());
    }
}
