package io.evzone.gateway.rpc;

import io.evzone.gateway.bridge.UnicodeText;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * Writes one connection's frames in order on a virtual thread, so whoever produces a frame (a
 * WebSocket thread, the Kafka reply consumer, a timer) never blocks on a slow charger's socket. A
 * charger that stops reading and lets too many frames pile up is disconnected.
 */
final class SerialSender {

    static final int MAX_QUEUED = 256;

    private final WebSocketSession session;
    private final Executor executor;
    private final Runnable onOverflow;
    /** Closing goes through the queue too: Tomcat refuses a close frame while another thread writes. */
    private record Close(org.springframework.web.socket.CloseStatus status) {}

    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    SerialSender(WebSocketSession session, Executor executor, Runnable onOverflow) {
        this.session = session;
        this.executor = executor;
        this.onOverflow = onOverflow;
    }

    /** Sends a frame; an unpaired surrogate in it becomes U+FFFD, since UTF-8 cannot carry it and the send would fail. */
    void text(String frame) {
        enqueue(new TextMessage(UnicodeText.repaired(frame)));
    }

    void ping() {
        enqueue(new PingMessage());
    }

    void close(org.springframework.web.socket.CloseStatus status) {
        size.incrementAndGet();
        queue.add(new Close(status));
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void enqueue(WebSocketMessage<?> message) {
        if (size.incrementAndGet() > MAX_QUEUED) {
            size.decrementAndGet();
            onOverflow.run();
            return;
        }
        queue.add(message);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Object message;
            while ((message = queue.poll()) != null) {
                size.decrementAndGet();
                if (message instanceof Close close) {
                    closeNow(close.status());
                } else {
                    write((WebSocketMessage<?>) message);
                }
            }
            draining.set(false);
            if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void write(WebSocketMessage<?> message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendMessage(message);
        } catch (IOException | RuntimeException e) {
            closeNow(org.springframework.web.socket.CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    void closeNow(org.springframework.web.socket.CloseStatus status) {
        try {
            if (session.isOpen()) {
                session.close(status);
            }
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }
}
