package io.evzone.notification.feed.streaming;

import io.evzone.notification.feed.domain.FeedItem;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The streams open on this node, by user: a user's items go to their streams only, never to anyone else's. */
public class LocalStreams {

    private final Map<String, Set<UserStream>> byUser = new ConcurrentHashMap<>();

    void add(UserStream stream) {
        byUser.computeIfAbsent(stream.userId(), user -> ConcurrentHashMap.newKeySet())
                .add(stream);
    }

    void remove(UserStream stream) {
        byUser.computeIfPresent(stream.userId(), (user, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
    }

    /** Hands an item to its user's streams on this node. */
    public void deliver(FeedItem item) {
        Set<UserStream> streams = byUser.get(item.userId());
        if (streams != null) {
            streams.forEach(stream -> stream.live(item));
        }
    }

    void heartbeat() {
        byUser.values()
                .forEach(streams -> streams.forEach(stream -> {
                    stream.heartbeat();
                    if (stream.isClosed()) {
                        remove(stream);
                    }
                }));
    }

    public int size() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }
}
