package io.evzone.session.idtokens.persistence;

import io.evzone.session.idtokens.domain.IdToken;
import io.evzone.session.idtokens.domain.IdTokenStatus;
import io.evzone.session.idtokens.domain.IdTokenType;
import io.evzone.session.idtokens.domain.IdTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIdTokens implements IdTokens {

    private static final String COLUMNS =
            "id, organization_id, user_id, value, type, status, expires_at, group_id, created_at";

    private final JdbcClient jdbc;

    JdbcIdTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<IdToken> byValue(String value) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM id_token WHERE upper(value) = upper(:value)")
                .param("value", value)
                .query(JdbcIdTokens::map)
                .optional();
    }

    @Override
    public Optional<IdToken> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM id_token WHERE id = :id")
                .param("id", id)
                .query(JdbcIdTokens::map)
                .optional();
    }

    @Override
    public List<IdToken> list(String organizationId, String userId, IdTokenStatus status, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM id_token
                        WHERE (CAST(:org AS TEXT) IS NULL OR organization_id = :org)
                          AND (CAST(:user AS TEXT) IS NULL OR user_id = :user)
                          AND (CAST(:status AS TEXT) IS NULL OR status = :status)
                        ORDER BY created_at, id LIMIT :limit OFFSET :offset""")
                .param("org", organizationId)
                .param("user", userId)
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcIdTokens::map)
                .list();
    }

    @Override
    public List<IdToken> allOf(String organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM id_token WHERE organization_id = :org ORDER BY created_at, id")
                .param("org", organizationId)
                .query(JdbcIdTokens::map)
                .list();
    }

    @Override
    public List<IdToken> usableOf(String userId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM id_token
                        WHERE user_id = :user AND status = 'ACTIVE' AND (expires_at IS NULL OR expires_at > :now)
                        ORDER BY (type = 'APP') DESC, created_at""")
                .param("user", userId)
                .param("now", Timestamp.from(now))
                .query(JdbcIdTokens::map)
                .list();
    }

    @Override
    public boolean insert(IdToken token) {
        return jdbc.sql("""
                        INSERT INTO id_token (id, organization_id, user_id, value, type, status, expires_at, group_id, created_at)
                        VALUES (:id, :org, :user, :value, :type, :status, :expiresAt, :groupId, :createdAt)
                        ON CONFLICT DO NOTHING""")
                        .param("id", token.id())
                        .param("org", token.organizationId())
                        .param("user", token.userId())
                        .param("value", token.value())
                        .param("type", token.type().name())
                        .param("status", token.status().name())
                        .param("expiresAt", timestamp(token.expiresAt()))
                        .param("groupId", token.groupId())
                        .param("createdAt", timestamp(token.createdAt()))
                        .update()
                == 1;
    }

    @Override
    public void update(IdToken token) {
        jdbc.sql("""
                        UPDATE id_token SET user_id = :user, type = :type, status = :status, expires_at = :expiresAt,
                               group_id = :groupId, updated_at = now()
                         WHERE id = :id""")
                .param("id", token.id())
                .param("user", token.userId())
                .param("type", token.type().name())
                .param("status", token.status().name())
                .param("expiresAt", timestamp(token.expiresAt()))
                .param("groupId", token.groupId())
                .update();
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM id_token WHERE id = :id").param("id", id).update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static IdToken map(ResultSet rs, int row) throws SQLException {
        return new IdToken(
                rs.getObject("id", UUID.class),
                rs.getString("organization_id"),
                rs.getString("user_id"),
                rs.getString("value"),
                IdTokenType.valueOf(rs.getString("type")),
                IdTokenStatus.valueOf(rs.getString("status")),
                instant(rs, "expires_at"),
                rs.getString("group_id"),
                instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
