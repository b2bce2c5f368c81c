package io.evzone.gateway.rpc;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.codec.Inbound;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charger's CALLs on one connection: answered one at a time and in order (OCPP-J 1.6 §4.1.1, 2.0.1 Part 4
 * §4.1.1), a retransmitted CALL answered again from memory instead of twice, a CALL still being answered not queued
 * again.
 */
final class InboundCalls {

    private static final Logger log = LoggerFactory.getLogger(InboundCalls.class);
    static final int MAX_QUEUED = 16;
    static final int REMEMBERED_ANSWERS = 4;

    private final ChargerSession session;
    private final OcppDialect dialect;
    private final Deque<Inbound.Call<?>> queued = new ArrayDeque<>();
    private final Map<String, String> answers = new LinkedHashMap<>(8, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_ANSWERS;
        }
    };
    private String answering;

    InboundCalls(ChargerSession session, OcppDialect dialect) {
        this.session = session;
        this.dialect = dialect;
    }

    void received(Inbound.Call<?> call) {
        synchronized (this) {
            if (answers.containsKey(call.messageId())) {
                // A retransmission of a CALL we answered: send the same answer again, do not act twice.
                session.resend(answers.get(call.messageId()));
                return;
            }
            if (call.messageId().equals(answering)
                    || queued.stream().anyMatch(q -> q.messageId().equals(call.messageId()))) {
                return; // a duplicate of a CALL still being answered: the answer is on its way
            }
            if (answering != null) {
                if (queued.size() >= MAX_QUEUED) {
                    session.refuse(call, Fault.GENERIC, "Too many calls without waiting for answers");
                    return;
                }
                queued.add(call);
                return;
            }
            answering = call.messageId();
        }
        answer(call);
    }

    private void answer(Inbound.Call<?> call) {
        CompletableFuture<String> answer;
        try {
            answer = dialect.answer(session, call);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.exceptionally(e -> {
                    log.error("{}: handler failed on {}", session.chargePointId(), call.action(), e);
                    return dialect.encode(
                            session.error(call, Fault.INTERNAL, "Internal error handling " + call.action()));
                })
                .thenAccept(frame -> answered(call, frame));
    }

    private void answered(Inbound.Call<?> call, String frame) {
        Inbound.Call<?> next;
        synchronized (this) {
            // Remembered before it is sent: a charger may resend the CALL the moment the answer reaches it, and
            // a resend that still found the CALL "being answered" would be dropped with its answer already gone.
            answers.put(call.messageId(), frame);
            next = queued.poll();
            answering = next == null ? null : next.messageId();
        }
        session.sendFrame(frame.startsWith("[4") ? "CALLERROR" : "CALLRESULT", call.action(), call.messageId(), frame);
        if (next != null) {
            answer(next);
        }
    }
}
