package io.evzone.session.charging.application;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ChargerAnswer.TransactionAnswer;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.TransactionEventKind;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.session.charging.domain.ChargingSession;
import io.evzone.session.charging.domain.ChargingSessions;
import io.evzone.session.charging.domain.SessionState;
import io.evzone.session.charging.domain.TokenOwner;
import io.evzone.session.idtokens.application.AuthorizeIdToken;
import io.evzone.session.idtokens.domain.Authorization;
import io.evzone.session.idtokens.domain.IdToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the gateway's TRANSACTION question: the id token's standing (with ConcurrentTx when the
 * token is already charging elsewhere) and, for a 1.6 StartTransaction, the transaction id. The
 * 1.6 session is created here, so its id survives restarts, and a StartTransaction sent again
 * because its answer was lost gets the same id and the same answer (OCPP 1.6 §4.8).
 */
@Service
public class AnswerTransactionQuestion {

    private final ChargingSessions sessions;
    private final AuthorizeIdToken authorize;
    private final ChargerOwners chargerOwners;
    private final SessionEventPublisher publisher;
    private final Clock clock;

    AnswerTransactionQuestion(
            ChargingSessions sessions,
            AuthorizeIdToken authorize,
            ChargerOwners chargerOwners,
            SessionEventPublisher publisher,
            Clock clock) {
        this.sessions = sessions;
        this.authorize = authorize;
        this.chargerOwners = chargerOwners;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Returns once the session (if any) is committed: the caller then publishes the answer. */
    @Transactional
    public TransactionAnswer handle(TransactionReported t) {
        sessions.lockCharger(t.ocppId());
        String tag = t.idToken() == null ? null : t.idToken().value();
        Optional<IdToken> token = authorize.find(tag);
        if (t.ocppVersion() == OcppVersion.V16 && t.kind() == TransactionEventKind.STARTED) {
            return startV16(t, tag, token);
        }
        Optional<ChargingSession> existing =
                t.transactionId() == null ? Optional.empty() : sessions.byTransaction(t.ocppId(), t.transactionId());
        boolean starting = t.kind() != TransactionEventKind.ENDED
                && existing.map(s -> s.state().idTag() == null).orElse(true);
        boolean concurrent = starting
                && tag != null
                && sessions.activeWithIdTag(
                        tag, existing.map(ChargingSession::id).orElse(null));
        return new TransactionAnswer(v16Id(t), answer(authorize.decide(token, concurrent)));
    }

    private TransactionAnswer startV16(TransactionReported t, String tag, Optional<IdToken> token) {
        Optional<ChargingSession> resent = sessions.byStartKey(t.ocppId(), ChargingSession.startKeyOf(t));
        if (resent.isPresent()) {
            SessionState s = resent.get().state();
            Authorization now = authorize.decide(token, false);
            var status = s.authorization() == null ? now.status() : s.authorization();
            return new TransactionAnswer(
                    s.transactionId(), new AuthorizationAnswer(status, now.cacheUntil(), now.groupId()));
        }
        boolean concurrent = tag != null && sessions.activeWithIdTag(tag, null);
        Authorization authorization = authorize.decide(token, concurrent);
        long transactionId = sessions.nextTransactionId();
        Instant now = clock.instant();
        // OCPP 1.6 §5.17: the charger has started; it needs an id whatever the token's standing.
        ChargingSession session = ChargingSession.open(
                TimeOrderedIds.next(),
                t,
                Long.toString(transactionId),
                chargerOwners.of(t.ocppId()),
                new TokenOwner(token.map(IdToken::userId).orElse(null), authorization.status()),
                now);
        publisher.publish(session, now);
        sessions.save(session, now);
        return new TransactionAnswer(Long.toString(transactionId), answer(authorization));
    }

    private static String v16Id(TransactionReported t) {
        return t.ocppVersion() == OcppVersion.V16 ? t.transactionId() : null;
    }

    private static AuthorizationAnswer answer(Authorization a) {
        return new AuthorizationAnswer(a.status(), a.cacheUntil(), a.groupId());
    }
}
