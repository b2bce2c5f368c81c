package io.evzone.session.charging.application;

import io.evzone.contracts.Permissions;
import io.evzone.contracts.charger.command.RemoteStart;
import io.evzone.platform.commands.CommandOutcomes;
import io.evzone.platform.commands.IssueCommand;
import io.evzone.platform.commands.IssuedCommand;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.chargers.application.ChargePointIds;
import io.evzone.session.chargers.application.KnownCharger;
import io.evzone.session.charging.domain.ChargingSessions;
import io.evzone.session.config.SessionProperties;
import io.evzone.session.idtokens.application.AuthorizeIdToken;
import io.evzone.session.idtokens.domain.Authorization;
import io.evzone.session.idtokens.domain.IdToken;
import io.evzone.session.idtokens.domain.IdTokens;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Asks a charger to start charging for an id token (RemoteStartTransaction / RequestStartTransaction).
 * Nothing changes here until the charger reports the transaction it started.
 */
@Service
public class RemoteStartSession {

    private final ChargePointIds chargePoints;
    private final IdTokens tokens;
    private final AuthorizeIdToken authorize;
    private final ChargingSessions sessions;
    private final IssueCommand issue;
    private final CommandOutcomes outcomes;
    private final SessionProperties properties;
    private final Clock clock;

    RemoteStartSession(
            ChargePointIds chargePoints,
            IdTokens tokens,
            AuthorizeIdToken authorize,
            ChargingSessions sessions,
            IssueCommand issue,
            CommandOutcomes outcomes,
            SessionProperties properties,
            Clock clock) {
        this.chargePoints = chargePoints;
        this.tokens = tokens;
        this.authorize = authorize;
        this.sessions = sessions;
        this.issue = issue;
        this.outcomes = outcomes;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param chargePointId the charge point's id in the station service
     * @param ocppId the charger's OCPP identity, instead of {@code chargePointId}
     * @param idTag the token to charge with; null: the caller's own usable token
     */
    public record Request(String chargePointId, String ocppId, Integer connectorId, Integer evseId, String idTag) {}

    /** Issues the command and waits up to {@code evzone.session.command-wait} for the charger's answer. */
    public IssuedCommand handle(AccessTokenClaims caller, Request request) {
        KnownCharger charger = chargePoints.charger(request.chargePointId(), request.ocppId());
        IdToken token = tokenFor(caller, charger, request.idTag());
        Authorization authorization =
                authorize.decide(Optional.of(token), sessions.activeWithIdTag(token.value(), null));
        if (!authorization.accepted()) {
            throw ApiException.conflict("Id token " + token.value() + " cannot charge: " + authorization.status());
        }
        IssuedCommand command = issue.handle(new IssueCommand.Request(
                charger.chargePointId(),
                charger.organizationId(),
                null,
                new RemoteStart(
                        request.evseId(),
                        request.connectorId(),
                        new io.evzone.contracts.charger.IdToken(
                                token.value(), token.type().ocppType()),
                        sessions.nextRemoteStartId(),
                        null),
                caller.userId()));
        return outcomes.await(command.id(), properties.commandWait());
    }

    private IdToken tokenFor(AccessTokenClaims caller, KnownCharger charger, String idTag) {
        if (idTag == null || idTag.isBlank()) {
            return tokens.usableOf(caller.userId(), clock.instant()).stream()
                    .findFirst()
                    .orElseThrow(() -> ApiException.badRequest(
                            "idTag: you have no usable id token; register one or name the token to charge with"));
        }
        IdToken token = tokens.byValue(idTag).orElseThrow(() -> ApiException.notFound("Id token", idTag));
        boolean own = caller.userId().equals(token.userId());
        boolean operator = caller.isPlatformAdmin()
                || ((caller.can(Permissions.SESSIONS_MANAGE) || caller.can(Permissions.CHARGE_POINTS_COMMAND))
                        && caller.organizationId() != null
                        && (caller.organizationId().equals(token.organizationId())
                                && caller.organizationId().equals(charger.organizationId())));
        if (!own && !operator) {
            throw ApiException.notFound("Id token", idTag);
        }
        return token;
    }
}
