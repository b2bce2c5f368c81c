package io.evzone.session.idtokens.application;

import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.SendLocalList;
import io.evzone.platform.commands.CommandFinished;
import io.evzone.platform.commands.IssueCommand;
import io.evzone.platform.commands.IssuedCommand;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.chargers.application.Chargers;
import io.evzone.session.chargers.application.KnownCharger;
import io.evzone.session.idtokens.domain.Authorization;
import io.evzone.session.idtokens.domain.IdToken;
import io.evzone.session.idtokens.domain.IdTokens;
import io.evzone.session.idtokens.domain.LocalLists;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a charger its organization's id tokens as a full local authorization list
 * (SendLocalList, OCPP 1.6 §5.15 / 2.0.1 D01), so it can authorize drivers while offline. Each
 * push gets the charger's next list version.
 */
@Service
public class PushLocalList {

    private final Chargers chargers;
    private final IdTokens tokens;
    private final LocalLists lists;
    private final IssueCommand issue;
    private final Clock clock;

    public PushLocalList(Chargers chargers, IdTokens tokens, LocalLists lists, IssueCommand issue, Clock clock) {
        this.chargers = chargers;
        this.tokens = tokens;
        this.lists = lists;
        this.issue = issue;
        this.clock = clock;
    }

    public record Pushed(IssuedCommand command, int version, int entries) {}

    @Transactional
    public Pushed handle(AccessTokenClaims caller, String chargePointId) {
        KnownCharger charger = chargers.find(chargePointId)
                .filter(c -> caller.isPlatformAdmin()
                        || (c.organizationId() != null && c.organizationId().equals(caller.organizationId())))
                .orElseThrow(() -> ApiException.notFound("Charge point", chargePointId));
        Instant now = clock.instant();
        List<SendLocalList.Entry> entries = new ArrayList<>();
        for (IdToken token : tokens.allOf(charger.organizationId())) {
            entries.add(entry(token, now));
        }
        int version = lists.nextVersion(chargePointId, entries.size(), now);
        IssuedCommand command = issue.handle(new IssueCommand.Request(
                chargePointId,
                charger.organizationId(),
                null,
                new SendLocalList(version, SendLocalList.UpdateType.FULL, entries),
                caller.userId()));
        lists.sentWith(chargePointId, command.id());
        return new Pushed(command, version, entries.size());
    }

    @EventListener
    void on(CommandFinished finished) {
        if (ChargerCommand.operationOf(SendLocalList.class)
                .equals(finished.command().operation())) {
            Object status = finished.command().response() == null
                    ? null
                    : finished.command().response().get("status");
            lists.answered(
                    finished.command().id(),
                    status == null ? finished.command().status().name() : status.toString());
        }
    }

    private static SendLocalList.Entry entry(IdToken token, Instant now) {
        return new SendLocalList.Entry(
                new io.evzone.contracts.charger.IdToken(
                        token.value(), token.type().ocppType()),
                Authorization.decide(Optional.of(token), now, false, true).status(),
                token.expiresAt(),
                token.groupId());
    }
}
