package io.evzone.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.ocpp.json.OcppJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class PendingCallsTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final ObjectNode EMPTY = OcppJson.mapper().createObjectNode();

    private final PendingCalls pending = new PendingCalls();

    @Test
    void aCallResultCompletesTheCallWithItsPayloadAndAction() {
        PendingCall call = pending.register("m1", "Reset", NOW.plusSeconds(30));
        ObjectNode payload = EMPTY.deepCopy().put("status", "Accepted");

        assertThat(pending.complete(new OcppFrame.CallResult("m1", payload))).contains(call);

        assertThat(call.outcome()).isCompletedWithValue(new CallOutcome.Answered("m1", "Reset", payload));
        assertThat(pending.size()).isZero();
    }

    @Test
    void aCallErrorFailsTheCall() {
        PendingCall call = pending.register("m2", "Reset", NOW.plusSeconds(30));
        OcppFrame.CallError error = new OcppFrame.CallError("m2", "NotSupported", "no reset here", EMPTY);

        assertThat(pending.complete(error)).contains(call);

        assertThat(call.outcome()).isCompletedWithValue(new CallOutcome.Failed("m2", "Reset", error));
    }

    @Test
    void aCallWithoutAnswerTimesOutOnceItsDeadlineHasCome() {
        PendingCall early = pending.register("m3", "Reset", NOW.plusSeconds(10));
        PendingCall late = pending.register("m4", "GetConfiguration", NOW.plusSeconds(60));

        assertThat(pending.expire(NOW.plusSeconds(9))).isEmpty();
        assertThat(pending.expire(NOW.plusSeconds(10))).containsExactly(early);

        assertThat(early.outcome()).isCompletedWithValue(new CallOutcome.TimedOut("m3", "Reset"));
        assertThat(late.outcome()).isNotDone();
        assertThat(pending.size()).isOne();
    }

    @Test
    void anAnswerAfterTheTimeoutFindsNothing() {
        pending.register("m5", "Reset", NOW);
        pending.expire(NOW);

        assertThat(pending.complete(new OcppFrame.CallResult("m5", EMPTY))).isEmpty();
    }

    @Test
    void anAnswerWithAnUnknownIdFindsNothingAndChangesNothing() {
        PendingCall call = pending.register("m6", "Reset", NOW.plusSeconds(30));

        assertThat(pending.complete(new OcppFrame.CallResult("nobody-asked", EMPTY)))
                .isEmpty();
        assertThat(pending.complete(new OcppFrame.CallError("nobody-asked", "GenericError", "", EMPTY)))
                .isEmpty();

        assertThat(call.outcome()).isNotDone();
        assertThat(pending.size()).isOne();
    }

    @Test
    void anIdCannotBePendingTwice() {
        pending.register("m7", "Reset", NOW);

        assertThatThrownBy(() -> pending.register("m7", "Reset", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLimitOfOneAllowsOneCallInFlightAsOcppJAdvises() {
        PendingCalls oneAtATime = new PendingCalls(1);
        oneAtATime.register("m8", "Reset", NOW);

        assertThat(oneAtATime.hasCapacity()).isFalse();
        assertThatThrownBy(() -> oneAtATime.register("m9", "Reset", NOW)).isInstanceOf(IllegalStateException.class);

        oneAtATime.complete(new OcppFrame.CallResult("m8", EMPTY));
        assertThat(oneAtATime.hasCapacity()).isTrue();
    }

    @Test
    void closingTheConnectionCancelsEveryCall() {
        PendingCall first = pending.register("m10", "Reset", NOW);
        PendingCall second = pending.register("m11", "Reset", NOW);

        assertThat(pending.cancelAll()).containsExactlyInAnyOrder(first, second);

        assertThat(first.outcome()).isCompletedWithValue(new CallOutcome.Cancelled("m10", "Reset"));
        assertThat(pending.size()).isZero();
    }

    @Test
    void aCallbackMayRegisterTheNextCall() {
        PendingCalls oneAtATime = new PendingCalls(1);
        List<PendingCall> next = new ArrayList<>();
        oneAtATime
                .register("m12", "Reset", NOW)
                .outcome()
                .thenRun(() -> next.add(oneAtATime.register("m13", "Reset", NOW)));

        oneAtATime.complete(new OcppFrame.CallResult("m12", EMPTY));

        assertThat(next).hasSize(1);
    }

    @Test
    void concurrentAnswersCompleteEachCallExactlyOnce() throws InterruptedException {
        int calls = 2_000;
        List<PendingCall> registered = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            registered.add(pending.register("c" + i, "Heartbeat", NOW.plusSeconds(i % 2 == 0 ? 0 : 60)));
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < calls; i++) {
                String id = "c" + i;
                threads.submit(() -> {
                    start.await();
                    return pending.complete(new OcppFrame.CallResult(id, EMPTY));
                });
            }
            threads.submit(() -> {
                start.await();
                return pending.expire(NOW);
            });
            start.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(pending.size()).isZero();
        assertThat(registered).allSatisfy(call -> assertThat(call.outcome()).isDone());
    }
}
