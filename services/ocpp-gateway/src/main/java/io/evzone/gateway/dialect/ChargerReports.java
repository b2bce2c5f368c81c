package io.evzone.gateway.dialect;

import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ChargerAnswer.BootAnswer;
import io.evzone.contracts.charger.ChargerBooted;
import io.evzone.contracts.charger.ChargerQuestion.Boot;
import io.evzone.contracts.charger.HeartbeatReceived;
import io.evzone.contracts.charger.IdToken;
import io.evzone.gateway.bridge.DomainQuestions;
import io.evzone.gateway.bridge.EventBridge;
import io.evzone.gateway.rpc.ChargerSession;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What every version's handler does the same way: asks about a boot and reports it, reports heartbeats, statuses and
 * notifications, and answers at once. The handlers keep only what differs: their wire types.
 */
@Component
public class ChargerReports {

    private final DomainQuestions questions;
    private final EventBridge events;

    public ChargerReports(DomainQuestions questions, EventBridge events) {
        this.questions = questions;
        this.events = events;
    }

    /**
     * A BootNotification: answered by the station service (Pending for an unknown charger under the {@code pending}
     * policy) and reported as {@link ChargerBooted}.
     *
     * @param response the version's answer, given the domain's answer and the time it was given
     */
    public <R> CompletableFuture<R> boot(
            ChargerSession session,
            Boot question,
            String iccid,
            String imsi,
            BiFunction<BootAnswer, Instant, R> response) {
        String id = session.chargePointId();
        CompletableFuture<BootAnswer> answer = session.pendingUnknown()
                ? CompletableFuture.completedFuture(questions.pending())
                : questions.boot(id, question);
        return answer.thenApply(a -> {
            Instant now = Instant.now();
            events.chargerEvent(
                    id,
                    new ChargerBooted(
                            id,
                            question.ocppVersion(),
                            question.vendor(),
                            question.model(),
                            question.serialNumber(),
                            question.firmwareVersion(),
                            iccid,
                            imsi,
                            question.reason(),
                            a.status(),
                            now));
            return response.apply(a, now);
        });
    }

    /** A Heartbeat: reported, and answered with the current time. */
    public <R> CompletableFuture<R> heartbeat(String id, Function<Instant, R> response) {
        Instant now = Instant.now();
        events.chargerEvent(id, new HeartbeatReceived(id, now));
        return answered(response.apply(now));
    }

    /** A message reported as its own version-neutral event, answered at once. */
    public <R> CompletableFuture<R> reported(String id, Object event, R response) {
        events.chargerEvent(id, event);
        return answered(response);
    }

    /**
     * A message reported as a {@code ChargerNotification} carrying its fields, answered at once. The action is the
     * request's: every generated request type is named after its action.
     */
    public <R> CompletableFuture<R> notified(String id, Object request, R response) {
        String action = request.getClass().getSimpleName().replaceFirst("Request$", "");
        return reported(id, NotificationDetails.of(id, action, request), response);
    }

    /** An Authorize: answered by the session service (or the cache), in the version's words. */
    public <R> CompletableFuture<R> authorized(String id, IdToken token, Function<AuthorizationAnswer, R> response) {
        return questions.authorize(id, token).thenApply(response);
    }

    public static <R> CompletableFuture<R> answered(R response) {
        return CompletableFuture.completedFuture(response);
    }
}
