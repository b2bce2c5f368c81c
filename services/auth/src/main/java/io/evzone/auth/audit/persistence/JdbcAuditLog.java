package io.evzone.auth.audit.persistence;

import static io.evzone.auth.shared.persistence.Sql.instant;
import static io.evzone.auth.shared.persistence.Sql.timestamp;
import static io.evzone.auth.shared.persistence.Sql.uuid;

import io.evzone.auth.audit.domain.AuditEvent;
import io.evzone.auth.audit.domain.AuditLog;
import io.evzone.auth.audit.domain.AuditQuery;
import io.evzone.auth.audit.domain.AuditType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log in the {@code audit_event} table. */
@Repository
public class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    public JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEvent event) {
        jdbc.sql("""
                        INSERT INTO audit_event (occurred_at, type, user_id, actor_id, organization_id, identifier, ip,
                            user_agent, detail, correlation_id)
                        VALUES (:occurredAt, :type, :userId, :actorId, :organizationId, :identifier, :ip, :userAgent,
                            :detail, :correlationId)""")
                .param("occurredAt", timestamp(event.occurredAt()))
                .param("type", event.type().name())
                .param("userId", event.userId())
                .param("actorId", event.actorId())
                .param("organizationId", event.organizationId())
                .param("identifier", event.identifier())
                .param("ip", event.ip())
                .param("userAgent", event.userAgent())
                .param("detail", event.detail())
                .param("correlationId", event.correlationId())
                .update();
    }

    @Override
    public List<AuditEvent> search(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.type() != null) {
            conditions.add("a.type = :type");
            params.put("type", query.type().name());
        }
        if (query.userId() != null) {
            conditions.add("a.user_id = :userId");
            params.put("userId", query.userId());
        }
        if (query.organizationScope() != null) {
            conditions.add("(a.organization_id = :org"
                    + " OR a.user_id IN (SELECT m.user_id FROM membership m WHERE m.organization_id = :org))");
            params.put("org", query.organizationScope());
        }
        if (query.from() != null) {
            conditions.add("a.occurred_at >= :from");
            params.put("from", timestamp(query.from()));
        }
        if (query.to() != null) {
            conditions.add("a.occurred_at < :to");
            params.put("to", timestamp(query.to()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        return jdbc.sql("SELECT a.* FROM audit_event a" + where
                        + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcAuditLog::map)
                .list();
    }

    private static AuditEvent map(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                instant(rs, "occurred_at"),
                AuditType.valueOf(rs.getString("type")),
                uuid(rs, "user_id"),
                rs.getString("actor_id"),
                uuid(rs, "organization_id"),
                rs.getString("identifier"),
                rs.getString("ip"),
                rs.getString("user_agent"),
                rs.getString("detail"),
                rs.getString("correlation_id"));
    }
}
