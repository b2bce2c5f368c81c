package io.evzone.notification.feed.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Users' in-app feeds. */
public interface Feed {

    /**
     * Adds an item for the delivery unless it was added before (a send repeated after a crash).
     *
     * @return the new item, or empty when the delivery already had one
     */
    Optional<FeedItem> post(
            UUID deliveryId, String userId, String type, String title, String message, Map<String, String> metadata);

    /** A user's items, newest first. */
    List<FeedItem> page(String userId, boolean unreadOnly, int limit, int offset);

    /** A user's items after {@code seq}, oldest first: what a reconnecting stream missed. */
    List<FeedItem> after(String userId, long seq, int limit);

    /** @return the item, or empty when the user has no such item */
    Optional<FeedItem> markRead(String userId, UUID id, Instant at);

    /** @return how many items were unread */
    int markAllRead(String userId, Instant at);
}
