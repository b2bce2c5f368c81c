package io.evzone.notification.push.persistence;

import io.evzone.notification.push.domain.PushSubscription;
import io.evzone.notification.push.domain.PushSubscriptions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPushSubscriptions implements PushSubscriptions {

    private final JdbcClient jdbc;

    JdbcPushSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PushSubscription> of(String userId, int limit, int offset) {
        return jdbc.sql("SELECT * FROM push_subscription WHERE user_id = ? ORDER BY created_at, id LIMIT ? OFFSET ?")
                .params(userId, limit, offset)
                .query(JdbcPushSubscriptions::row)
                .list();
    }

    @Override
    public PushSubscription add(PushSubscription s) {
        jdbc.sql("""
                        INSERT INTO push_subscription (id, user_id, kind, target, p256dh, auth, created_at)
                        VALUES (:id, :userId, :kind, :target, :p256dh, :auth, :createdAt)
                        ON CONFLICT (user_id, target) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth""")
                .param("id", s.id())
                .param("userId", s.userId())
                .param("kind", s.kind().name())
                .param("target", s.target())
                .param("p256dh", s.p256dh())
                .param("auth", s.auth())
                .param("createdAt", Timestamp.from(s.createdAt()))
                .update();
        return jdbc.sql("SELECT * FROM push_subscription WHERE user_id = ? AND target = ?")
                .params(s.userId(), s.target())
                .query(JdbcPushSubscriptions::row)
                .single();
    }

    @Override
    public boolean remove(String userId, UUID id) {
        return jdbc.sql("DELETE FROM push_subscription WHERE user_id = ? AND id = ?")
                        .params(userId, id)
                        .update()
                > 0;
    }

    @Override
    public void forget(UUID id) {
        jdbc.sql("DELETE FROM push_subscription WHERE id = ?").param(id).update();
    }

    private static PushSubscription row(ResultSet rs, int row) throws SQLException {
        var kind = PushSubscription.Kind.valueOf(rs.getString("kind"));
        String target = rs.getString("target");
        return new PushSubscription(
                rs.getObject("id", UUID.class),
                rs.getString("user_id"),
                kind,
                kind == PushSubscription.Kind.WEB_PUSH ? target : null,
                rs.getString("p256dh"),
                rs.getString("auth"),
                kind == PushSubscription.Kind.FCM ? target : null,
                rs.getTimestamp("created_at").toInstant());
    }
}
