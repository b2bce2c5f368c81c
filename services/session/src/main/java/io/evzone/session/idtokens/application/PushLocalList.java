package io.evzone.session.idtokens.application;

import io.evzone.contracts.charger.CommandAction;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.chargers.application.Chargers;
import io.evzone.session.chargers.application.KnownCharger;
import io.evzone.session.commands.application.CommandFinished;
import io.evzone.session.commands.application.IssueCommand;
import io.evzone.session.commands.domain.ChargerCommand;
import io.evzone.session.idtokens.domain.Authorization;
import io.evzone.session.idtokens.domain.IdToken;
import io.evzone.session.idtokens.domain.IdTokens;
import io.evzone.session.idtokens.domain.LocalLists;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public record Pushed(ChargerCommand command, int version, int entries) {}

    @Transactional
    public Pushed handle(AccessTokenClaims caller, String chargePointId) {
        KnownCharger charger = chargers.find(chargePointId)
                .filter(c -> caller.isPlatformAdmin()
                        || (c.organizationId() != null && c.organizationId().equals(caller.organizationId())))
                .orElseThrow(() -> ApiException.notFound("Charge point", chargePointId));
        Instant now = clock.instant();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (IdToken token : tokens.allOf(charger.organizationId())) {
            entries.add(entry(token, now));
        }
        int version = lists.nextVersion(chargePointId, entries.size(), now);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("version", version);
        parameters.put("updateType", "FULL");
        parameters.put("entries", entries);
        ChargerCommand command = issue.handle(new IssueCommand.Command(
                chargePointId,
                charger.organizationId(),
                CommandAction.SEND_LOCAL_LIST,
                null,
                parameters,
                caller.userId()));
        lists.sentWith(chargePointId, command.id());
        return new Pushed(command, version, entries.size());
    }

    @EventListener
    void on(CommandFinished finished) {
        if (CommandAction.SEND_LOCAL_LIST.name().equals(finished.command().action())) {
            Object status = finished.command().response() == null
                    ? null
                    : finished.command().response().get("status");
            lists.answered(
                    finished.command().id(),
                    status == null ? finished.command().status().name() : status.toString());
        }
    }

    private static Map<String, Object> entry(IdToken token, Instant now) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("idToken", Map.of("value", token.value(), "type", token.type().ocppType()));
        entry.put(
                "status",
                Authorization.decide(Optional.of(token), now, false, true)
                        .status()
                        .name());
        if (token.expiresAt() != null) {
            entry.put("expiresAt", token.expiresAt().toString());
        }
        if (token.groupId() != null) {
            entry.put("groupId", token.groupId());
        }
        return entry;
    }
}
