package io.evzone.notification.feed.web;

import io.evzone.notification.feed.domain.FeedItem;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An in-app notification as the apps read it, in the feed and as the data of a server-sent event.
 *
 * @param type what it is about, such as {@code session.stopped}
 * @param metadata the event's details (ids, amounts) for the app to link to
 */
record FeedItemResponse(
        UUID id,
        String type,
        String title,
        String message,
        Map<String, String> metadata,
        boolean read,
        Instant readAt,
        Instant createdAt) {

    static FeedItemResponse of(FeedItem item) {
        return new FeedItemResponse(
                item.id(),
                item.type(),
                item.title(),
                item.message(),
                item.metadata(),
                item.readAt() != null,
                item.readAt(),
                item.createdAt());
    }
}
