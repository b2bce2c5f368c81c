package io.evzone.gateway.bridge;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.ChargerAnswer;
import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ChargerAnswer.BootAnswer;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.registry.ChargerRecord;
import io.evzone.gateway.registry.ChargerRecords;
import io.evzone.gateway.registry.NewChargerPolicy;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The questions only a domain service can answer, each with its documented fallback when no answer
 * comes before the deadline:
 *
 * <p>A registered charger the station accepted is answered from the gateway's copy of its registration
 * without asking: after an outage thousands of known chargers reconnect at once, and the station
 * learns of each boot from the ChargerBooted event instead. So is a new charger while the station's
 * policy accepts new chargers ({@link NewChargerPolicy}); the station records it from ChargerBooted.
 *
 * <ul>
 *   <li>BOOT (station service): Pending with {@code boot-retry-interval}, so the charger boots again soon.
 *   <li>AUTHORIZE (session service): the cached answer for the token, else Invalid.
 *   <li>TRANSACTION (session service): empty; the dialect answers from the cache (and for 1.6 StartTransaction
 *       allocates a fallback transaction id).
 * </ul>
 *
 * <p>A token that is not {@linkplain PresentedTokens#isUsable usable} is Invalid, whatever the session service or
 * the cache would say: Authorize is answered without asking, a transaction is still reported and asked about
 * (so it is stored) but answered Invalid.
 */
@Component
public class DomainQuestions {

    private static final Logger log = LoggerFactory.getLogger(DomainQuestions.class);
    private static final AuthorizationAnswer INVALID = new AuthorizationAnswer(AuthorizationStatus.INVALID, null, null);

    private final Questions questions;
    private final AuthorizationCache cache;
    private final ChargerRecords records;
    private final NewChargerPolicy newChargers;
    private final GatewayProperties properties;

    public DomainQuestions(
            Questions questions,
            AuthorizationCache cache,
            ChargerRecords records,
            NewChargerPolicy newChargers,
            GatewayProperties properties) {
        this.questions = questions;
        this.cache = cache;
        this.records = records;
        this.newChargers = newChargers;
        this.properties = properties;
    }

    public CompletableFuture<BootAnswer> boot(String chargePointId, ChargerQuestion.Boot boot) {
        Optional<ChargerRecord> record = records.find(chargePointId);
        Optional<BootAnswer> settled =
                record.isPresent() ? record.flatMap(ChargerRecord::bootAnswer) : newChargers.answerFor(chargePointId);
        if (settled.isPresent()) {
            return CompletableFuture.completedFuture(settled.get());
        }
        return questions
                .ask(
                        chargePointId,
                        (id, ocppId, replyTo, deadline) ->
                                new ChargerQuestion.BootQuestion(id, ocppId, replyTo, deadline, boot),
                        ChargerAnswer.BootReply.class)
                .thenApply(answer -> answer.map(ChargerAnswer.BootReply::answer).orElseGet(this::pending));
    }

    /** What an unknown charger under the {@code pending} policy, or an unanswered boot, is told. */
    public BootAnswer pending() {
        return new BootAnswer(
                RegistrationStatus.PENDING, (int) properties.bootRetryInterval().toSeconds());
    }

    public CompletableFuture<AuthorizationAnswer> authorize(String chargePointId, IdToken token) {
        if (!PresentedTokens.isUsable(token)) {
            return CompletableFuture.completedFuture(refused(chargePointId, "Authorize", token));
        }
        return questions
                .ask(
                        chargePointId,
                        (id, ocppId, replyTo, deadline) ->
                                new ChargerQuestion.AuthorizeQuestion(id, ocppId, replyTo, deadline, token),
                        ChargerAnswer.AuthorizeReply.class)
                .thenApply(answer -> answer.map(ChargerAnswer.AuthorizeReply::answer)
                        .map(authorization -> {
                            cache.remember(token.value(), authorization);
                            return authorization;
                        })
                        .orElseGet(() -> cached(token).orElse(INVALID)));
    }

    public CompletableFuture<Optional<ChargerAnswer.TransactionAnswer>> transaction(TransactionReported transaction) {
        if (!PresentedTokens.isUsable(transaction.idToken())) {
            refused(transaction.ocppId(), "Transaction " + transaction.kind(), transaction.idToken());
        }
        return questions
                .ask(
                        transaction.ocppId(),
                        (id, ocppId, replyTo, deadline) ->
                                new ChargerQuestion.TransactionQuestion(id, ocppId, replyTo, deadline, transaction),
                        ChargerAnswer.TransactionReply.class)
                .thenApply(answer -> {
                    Optional<ChargerAnswer.TransactionAnswer> result =
                            answer.map(ChargerAnswer.TransactionReply::answer);
                    if (!PresentedTokens.isUsable(transaction.idToken())) {
                        return result.map(
                                a -> new ChargerAnswer.TransactionAnswer(a.transactionId(), INVALID, a.totalCost()));
                    }
                    result.map(ChargerAnswer.TransactionAnswer::authorization)
                            .filter(a -> transaction.idToken() != null)
                            .ifPresent(a -> cache.remember(transaction.idToken().value(), a));
                    return result;
                });
    }

    /** The cached answer for the token; Invalid for a token that is not usable. */
    public Optional<AuthorizationAnswer> cached(IdToken token) {
        if (token == null) {
            return Optional.empty();
        }
        return PresentedTokens.isUsable(token) ? cache.lookup(token.value()) : Optional.of(INVALID);
    }

    private static AuthorizationAnswer refused(String chargePointId, String action, IdToken token) {
        log.warn(
                "{}: {} with id token '{}' answered Invalid: it held control characters or unpaired surrogates"
                        + " (replaced by U+FFFD)",
                chargePointId,
                action,
                token.value());
        return INVALID;
    }
}
