package io.evzone.notification.feed.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One message in a user's in-app feed.
 *
 * @param seq the feed's order, and the id of the server-sent event that carried it (a reconnecting browser resumes
 *     after it)
 * @param type what it is about: the template name, such as {@code session.stopped}
 */
public record FeedItem(
        long seq,
        UUID id,
        String userId,
        String type,
        String title,
        String message,
        Map<String, String> metadata,
        Instant createdAt,
        Instant readAt) {

    public FeedItem {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
