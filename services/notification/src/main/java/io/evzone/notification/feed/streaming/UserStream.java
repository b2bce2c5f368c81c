package io.evzone.notification.feed.streaming;

import io.evzone.notification.feed.domain.FeedItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One browser's open stream. Items reach it in feed order and once: while it replays what the browser missed, live
 * items wait; afterwards anything not newer than the last item sent is dropped.
 */
final class UserStream {

    private final String userId;
    private final SseEmitter emitter;
    private final Function<FeedItem, Object> body;
    private final List<FeedItem> waiting = new ArrayList<>();
    private boolean replaying = true;
    private long lastSent;
    private boolean closed;

    UserStream(String userId, SseEmitter emitter, Function<FeedItem, Object> body, long lastEventId) {
        this.userId = userId;
        this.emitter = emitter;
        this.body = body;
        this.lastSent = lastEventId;
    }

    String userId() {
        return userId;
    }

    /**
     * Writes the reconnect delay at once: until something is written the response stays uncommitted, so the browser
     * saw no headers (and its EventSource did not open) before the first heartbeat or notification.
     */
    synchronized void greet(long reconnectMillis) {
        try {
            emitter.send(SseEmitter.event().reconnectTime(reconnectMillis));
        } catch (IOException | IllegalStateException e) {
            close();
        }
    }

    synchronized void replay(List<FeedItem> missed) {
        missed.forEach(this::send);
        replaying = false;
        waiting.stream()
                .sorted(java.util.Comparator.comparingLong(FeedItem::seq))
                .forEach(this::send);
        waiting.clear();
    }

    synchronized void live(FeedItem item) {
        if (replaying) {
            waiting.add(item);
        } else {
            send(item);
        }
    }

    synchronized void heartbeat() {
        if (closed) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().comment("keep-alive"));
        } catch (IOException | IllegalStateException e) {
            close();
        }
    }

    private void send(FeedItem item) {
        if (closed || item.seq() <= lastSent) {
            return;
        }
        try {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(item.seq()))
                    .name("notification")
                    .data(body.apply(item)));
            lastSent = item.seq();
        } catch (IOException | IllegalStateException e) {
            close();
        }
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            emitter.complete();
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
