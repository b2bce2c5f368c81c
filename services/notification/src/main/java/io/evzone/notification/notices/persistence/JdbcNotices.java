package io.evzone.notification.notices.persistence;

import io.evzone.notification.notices.domain.Notice;
import io.evzone.notification.notices.domain.Notices;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNotices implements Notices {

    private final JdbcClient jdbc;

    JdbcNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Notice notice) {
        jdbc.sql("""
                        INSERT INTO notice (id, organization_id, title, message, created_by, created_at)
                        VALUES (:id, :organizationId, :title, :message, :createdBy, :createdAt)""")
                .param("id", notice.id())
                .param("organizationId", notice.organizationId())
                .param("title", notice.title())
                .param("message", notice.message())
                .param("createdBy", notice.createdBy())
                .param("createdAt", Timestamp.from(notice.createdAt()))
                .update();
    }

    @Override
    public List<Notice> list(String organizationId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT id, organization_id, title, message, created_by, created_at FROM notice
                        WHERE CAST(:organizationId AS text) IS NULL OR organization_id = :organizationId
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("organizationId", organizationId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new Notice(
                        rs.getObject("id", UUID.class),
                        rs.getString("organization_id"),
                        rs.getString("title"),
                        rs.getString("message"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
