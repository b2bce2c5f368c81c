package io.evzone.notification.feed.persistence;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.notification.feed.domain.Feed;
import io.evzone.notification.feed.domain.FeedItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcFeed implements Feed {

    private static final String COLUMNS = "seq, id, user_id, type, title, message, metadata, created_at, read_at";
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcFeed(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<FeedItem> post(
            UUID deliveryId, String userId, String type, String title, String message, Map<String, String> metadata) {
        return jdbc.sql("""
                        INSERT INTO feed_item (id, delivery_id, user_id, type, title, message, metadata, created_at)
                        VALUES (:id, :deliveryId, :userId, :type, :title, :message, CAST(:metadata AS jsonb), :now)
                        ON CONFLICT (delivery_id) DO NOTHING
                        RETURNING\s""" + COLUMNS)
                .param("id", TimeOrderedIds.next())
                .param("deliveryId", deliveryId)
                .param("userId", userId)
                .param("type", type)
                .param("title", title)
                .param("message", message)
                .param("metadata", json.writeValueAsString(metadata))
                .param("now", Timestamp.from(clock.instant()))
                .query(this::map)
                .optional();
    }

    @Override
    public List<FeedItem> page(String userId, boolean unreadOnly, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM feed_item
                        WHERE user_id = :userId AND (NOT :unreadOnly OR read_at IS NULL)
                        ORDER BY seq DESC LIMIT :limit OFFSET :offset""")
                .param("userId", userId)
                .param("unreadOnly", unreadOnly)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    @Override
    public List<FeedItem> after(String userId, long seq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM feed_item WHERE user_id = :userId AND seq > :seq ORDER BY seq LIMIT :limit")
                .param("userId", userId)
                .param("seq", seq)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    @Override
    public Optional<FeedItem> markRead(String userId, UUID id, Instant at) {
        return jdbc.sql("UPDATE feed_item SET read_at = COALESCE(read_at, :at) WHERE user_id = :userId AND id = :id"
                        + " RETURNING " + COLUMNS)
                .param("userId", userId)
                .param("id", id)
                .param("at", Timestamp.from(at))
                .query(this::map)
                .optional();
    }

    @Override
    public int markAllRead(String userId, Instant at) {
        return jdbc.sql("UPDATE feed_item SET read_at = :at WHERE user_id = :userId AND read_at IS NULL")
                .param("userId", userId)
                .param("at", Timestamp.from(at))
                .update();
    }

    private FeedItem map(ResultSet rs, int row) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new FeedItem(
                rs.getLong("seq"),
                rs.getObject("id", UUID.class),
                rs.getString("user_id"),
                rs.getString("type"),
                rs.getString("title"),
                rs.getString("message"),
                json.readValue(rs.getString("metadata"), METADATA),
                rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }
}
