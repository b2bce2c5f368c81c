package io.evzone.session.charging.application;

import io.evzone.contracts.charger.CommandAction;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.charging.domain.SessionState;
import io.evzone.session.charging.domain.SessionStatus;
import io.evzone.session.commands.application.CommandOutcomes;
import io.evzone.session.commands.application.IssueCommand;
import io.evzone.session.commands.domain.ChargerCommand;
import io.evzone.session.config.SessionProperties;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Asks the charger to stop a session (RemoteStopTransaction / RequestStopTransaction). The session
 * stays ACTIVE until the charger reports the stop: the earlier backend's habit of closing the row
 * itself left chargers charging on sessions the CSMS thought were over.
 */
@Service
public class RemoteStop {

    private final FindSessions sessions;
    private final IssueCommand issue;
    private final CommandOutcomes outcomes;
    private final SessionProperties properties;

    RemoteStop(FindSessions sessions, IssueCommand issue, CommandOutcomes outcomes, SessionProperties properties) {
        this.sessions = sessions;
        this.issue = issue;
        this.outcomes = outcomes;
        this.properties = properties;
    }

    public ChargerCommand handle(AccessTokenClaims caller, UUID sessionId) {
        SessionState session = sessions.get(caller, sessionId);
        if (!SessionAccess.controls(caller, session)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "You may not stop this session");
        }
        if (session.status() != SessionStatus.ACTIVE) {
            throw ApiException.conflict("Session " + sessionId + " is " + session.status() + ", not ACTIVE");
        }
        ChargerCommand command = issue.handle(new IssueCommand.Command(
                session.chargePointId(),
                session.organizationId(),
                CommandAction.REMOTE_STOP,
                session.id(),
                Map.of("transactionId", transactionIdOf(session)),
                caller.userId()));
        return outcomes.await(command.id(), properties.commandWait());
    }

    /** 1.6 transaction ids are integers on the wire; 2.0.1's are strings. */
    private static Object transactionIdOf(SessionState session) {
        if (session.ocppVersion() == OcppVersion.V16) {
            try {
                return Long.valueOf(session.transactionId());
            } catch (NumberFormatException e) {
                return session.transactionId();
            }
        }
        return session.transactionId();
    }
}
