package io.evzone.notification.feed.streaming;

import io.evzone.notification.feed.domain.Feed;
import io.evzone.notification.feed.domain.FeedItem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens users' server-sent event streams: registers the stream first, then replays what it missed since the
 * browser's {@code Last-Event-ID} from the feed, so nothing published in between is lost. Idle streams get a
 * heartbeat so proxies keep them open and dead ones are found.
 */
public class EventStreams implements SmartLifecycle {

    /** The most missed items one reconnect replays; older ones stay in the feed. */
    static final int REPLAY_LIMIT = 500;

    /** How long a browser waits before reconnecting a dropped stream (the SSE {@code retry} field). */
    static final long RECONNECT_MILLIS = 3_000;

    private final Feed feed;
    private final LocalStreams streams;
    private final Duration timeout;
    private final Duration heartbeat;
    private ScheduledExecutorService heartbeats;

    public EventStreams(Feed feed, LocalStreams streams, Duration timeout, Duration heartbeat) {
        this.feed = feed;
        this.streams = streams;
        this.timeout = timeout;
        this.heartbeat = heartbeat;
    }

    public SseEmitter open(String userId, long lastEventId, Function<FeedItem, Object> body) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        UserStream stream = new UserStream(userId, emitter, body, lastEventId);
        emitter.onCompletion(() -> streams.remove(stream));
        emitter.onTimeout(stream::close);
        emitter.onError(error -> stream.close());
        streams.add(stream);
        stream.greet(RECONNECT_MILLIS);
        List<FeedItem> missed = lastEventId > 0 ? feed.after(userId, lastEventId, REPLAY_LIMIT) : List.of();
        stream.replay(missed);
        return emitter;
    }

    @Override
    public void start() {
        heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("notification-sse-heartbeat").factory());
        heartbeats.scheduleWithFixedDelay(
                streams::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (heartbeats != null) {
            heartbeats.shutdownNow();
            heartbeats = null;
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeats != null;
    }
}
