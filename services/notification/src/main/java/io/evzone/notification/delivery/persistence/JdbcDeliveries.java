package io.evzone.notification.delivery.persistence;

import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.DeliveryFilter;
import io.evzone.notification.delivery.domain.DeliveryStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcDeliveries implements Deliveries {

    private static final String COLUMNS = """
            id, event_id, user_id, channel, address, template, language, data, status, attempts, provider,
            provider_id, failure_reason, created_at, updated_at""";
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcDeliveries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean add(Delivery d, Instant dueAt) {
        return jdbc.sql("""
                        INSERT INTO delivery (id, event_id, recipient_key, user_id, channel, address, template,
                            language, data, status, attempts, next_attempt_at, failure_reason, created_at, updated_at)
                        VALUES (:id, :eventId, :recipientKey, :userId, :channel, :address, :template, :language,
                            CAST(:data AS jsonb), :status, 0, :dueAt, :failureReason, :now, :now)
                        ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING""")
                        .param("id", d.id())
                        .param("eventId", d.eventId())
                        .param("recipientKey", d.recipientKey())
                        .param("userId", d.userId())
                        .param("channel", d.channel().name())
                        .param("address", d.address())
                        .param("template", d.template())
                        .param("language", d.language())
                        .param("data", json.writeValueAsString(d.data()))
                        .param("status", d.status().name())
                        .param("failureReason", d.failureReason())
                        .param("dueAt", Timestamp.from(dueAt))
                        .param("now", Timestamp.from(d.createdAt()))
                        .update()
                == 1;
    }

    @Override
    public List<Delivery> claimDue(int limit, Instant now, Duration lease, Set<Channel> channels) {
        return jdbc.sql("""
                        UPDATE delivery SET status = 'SENDING', attempts = attempts + 1,
                            next_attempt_at = :leaseEnd, updated_at = :now
                        WHERE id IN (
                            SELECT id FROM delivery
                            WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= :now
                              AND channel IN (:channels)
                            ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING\s""" + COLUMNS)
                .param("leaseEnd", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .param("channels", channels.stream().map(Channel::name).toList())
                .query(this::map)
                .list();
    }

    @Override
    public void markSent(UUID id, String provider, String providerId, Instant at) {
        jdbc.sql("""
                        UPDATE delivery SET status = 'SENT', provider = :provider, provider_id = :providerId,
                            data = NULL, failure_reason = NULL, updated_at = :at
                        WHERE id = :id""")
                .param("id", id)
                .param("provider", provider)
                .param("providerId", providerId)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void retryAt(UUID id, Instant nextAttempt, String reason, Instant at) {
        jdbc.sql("""
                        UPDATE delivery SET status = 'QUEUED', next_attempt_at = :next, failure_reason = :reason,
                            updated_at = :at
                        WHERE id = :id""")
                .param("id", id)
                .param("next", Timestamp.from(nextAttempt))
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void markFailed(UUID id, String reason, Instant at) {
        close(id, DeliveryStatus.FAILED, reason, at);
    }

    @Override
    public void markSkipped(UUID id, String reason, Instant at) {
        close(id, DeliveryStatus.SKIPPED, reason, at);
    }

    private void close(UUID id, DeliveryStatus status, String reason, Instant at) {
        jdbc.sql("UPDATE delivery SET status = :status, failure_reason = :reason, updated_at = :at WHERE id = :id")
                .param("id", id)
                .param("status", status.name())
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public Optional<Delivery> requeue(UUID id, Instant at) {
        return jdbc.sql("""
                        UPDATE delivery SET status = 'QUEUED', attempts = 0, next_attempt_at = :at, updated_at = :at
                        WHERE id = :id AND status = 'FAILED'
                        RETURNING\s""" + COLUMNS)
                .param("id", id)
                .param("at", Timestamp.from(at))
                .query(this::map)
                .optional();
    }

    @Override
    public boolean recordReceipt(String provider, String providerId, DeliveryStatus status, String reason, Instant at) {
        return jdbc.sql("""
                        UPDATE delivery SET status = :status, failure_reason = :reason, updated_at = :at
                        WHERE provider = :provider AND provider_id = :providerId AND status IN ('SENT', 'DELIVERED')""")
                        .param("status", status.name())
                        .param("reason", reason)
                        .param("at", Timestamp.from(at))
                        .param("provider", provider)
                        .param("providerId", providerId)
                        .update()
                > 0;
    }

    @Override
    public Optional<Delivery> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delivery WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    @Override
    public List<Delivery> list(DeliveryFilter filter, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM delivery
                        WHERE (CAST(:status AS text) IS NULL OR status = :status)
                          AND (CAST(:userId AS text) IS NULL OR user_id = :userId)
                          AND (CAST(:eventId AS uuid) IS NULL OR event_id = :eventId)
                          AND (CAST(:channel AS text) IS NULL OR channel = :channel)
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("userId", filter.userId())
                .param("eventId", filter.eventId())
                .param(
                        "channel",
                        filter.channel() == null ? null : filter.channel().name())
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    private Delivery map(ResultSet rs, int row) throws SQLException {
        String data = rs.getString("data");
        return new Delivery(
                rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getString("user_id"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("address"),
                rs.getString("template"),
                rs.getString("language"),
                data == null ? Map.of() : json.readValue(data, DATA),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("provider"),
                rs.getString("provider_id"),
                rs.getString("failure_reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
