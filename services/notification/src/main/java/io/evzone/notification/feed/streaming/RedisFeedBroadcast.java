package io.evzone.notification.feed.streaming;

import io.evzone.notification.feed.domain.FeedBroadcast;
import io.evzone.notification.feed.domain.FeedItem;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans new feed items out through a Redis pub/sub channel that every node subscribes to, so a user's stream gets
 * the item whichever node sent it. A node that misses a message (Redis away for a moment) loses nothing for good:
 * the browser's reconnect replays from the feed.
 */
public class RedisFeedBroadcast implements FeedBroadcast, MessageListener {

    public static final String CHANNEL = "evzone:notification:feed";

    private static final Logger log = LoggerFactory.getLogger(RedisFeedBroadcast.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final LocalStreams streams;

    public RedisFeedBroadcast(StringRedisTemplate redis, JsonMapper json, LocalStreams streams) {
        this.redis = redis;
        this.json = json;
        this.streams = streams;
    }

    @Override
    public void publish(FeedItem item) {
        try {
            redis.convertAndSend(CHANNEL, json.writeValueAsString(item));
        } catch (RuntimeException e) {
            log.warn("Feed item {} not fanned out; its user's streams get it on reconnect", item.id(), e);
            streams.deliver(item);
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            streams.deliver(json.readValue(new String(message.getBody(), StandardCharsets.UTF_8), FeedItem.class));
        } catch (RuntimeException e) {
            log.warn("Unreadable feed item on {}", CHANNEL, e);
        }
    }
}
