package io.evzone.auth.token.persistence;

import static io.evzone.auth.shared.persistence.Sql.instant;
import static io.evzone.auth.shared.persistence.Sql.timestamp;
import static io.evzone.auth.shared.persistence.Sql.uuid;

import io.evzone.auth.token.domain.RefreshToken;
import io.evzone.auth.token.domain.RefreshTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refresh tokens in {@code refresh_token}, families in {@code refresh_token_family}. */
@Repository
public class JdbcRefreshTokens implements RefreshTokens {

    private final JdbcClient jdbc;

    public JdbcRefreshTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void startFamily(UUID familyId, UUID userId, Instant now, String ip, String userAgent) {
        jdbc.sql("""
                        INSERT INTO refresh_token_family (id, user_id, created_at, ip, user_agent)
                        VALUES (:id, :userId, :now, :ip, :userAgent)""")
                .param("id", familyId)
                .param("userId", userId)
                .param("now", timestamp(now))
                .param("ip", ip)
                .param("userAgent", userAgent)
                .update();
    }

    @Override
    public void add(RefreshToken token, String digest) {
        jdbc.sql("""
                        INSERT INTO refresh_token (id, family_id, user_id, organization_id, token_hash, issued_at, expires_at)
                        VALUES (:id, :familyId, :userId, :orgId, :digest, :issuedAt, :expiresAt)""")
                .param("id", token.id())
                .param("familyId", token.familyId())
                .param("userId", token.userId())
                .param("orgId", token.organizationId())
                .param("digest", digest)
                .param("issuedAt", timestamp(token.issuedAt()))
                .param("expiresAt", timestamp(token.expiresAt()))
                .update();
    }

    @Override
    public Optional<RefreshToken> byDigest(String digest) {
        return jdbc.sql("SELECT * FROM refresh_token WHERE token_hash = :digest")
                .param("digest", digest)
                .query(JdbcRefreshTokens::map)
                .optional();
    }

    @Override
    public boolean lockFamily(UUID familyId) {
        return jdbc.sql("SELECT revoked_at IS NOT NULL FROM refresh_token_family WHERE id = :id FOR UPDATE")
                .param("id", familyId)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    @Override
    public void markUsed(UUID tokenId, Instant now) {
        jdbc.sql("UPDATE refresh_token SET used_at = :now WHERE id = :id AND used_at IS NULL")
                .param("id", tokenId)
                .param("now", timestamp(now))
                .update();
    }

    @Override
    public boolean revokeFamily(UUID familyId, String reason, Instant now) {
        int families = jdbc.sql("""
                        UPDATE refresh_token_family SET revoked_at = :now, revoke_reason = :reason
                        WHERE id = :id AND revoked_at IS NULL""")
                .param("id", familyId)
                .param("reason", reason)
                .param("now", timestamp(now))
                .update();
        revokeTokens("family_id = :id", familyId, now);
        return families > 0;
    }

    @Override
    public int revokeAllOf(UUID userId, String reason, Instant now) {
        int families = jdbc.sql("""
                        UPDATE refresh_token_family SET revoked_at = :now, revoke_reason = :reason
                        WHERE user_id = :id AND revoked_at IS NULL""")
                .param("id", userId)
                .param("reason", reason)
                .param("now", timestamp(now))
                .update();
        revokeTokens("user_id = :id", userId, now);
        return families;
    }

    @Override
    public int purgeBefore(Instant instant) {
        return jdbc.sql("""
                        DELETE FROM refresh_token_family f
                        WHERE f.revoked_at < :instant
                           OR NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = f.id AND t.expires_at >= :instant)""").param("instant", timestamp(instant)).update();
    }

    private void revokeTokens(String condition, UUID id, Instant now) {
        jdbc.sql("UPDATE refresh_token SET revoked_at = :now WHERE " + condition + " AND revoked_at IS NULL")
                .param("id", id)
                .param("now", timestamp(now))
                .update();
    }

    private static RefreshToken map(ResultSet rs, int row) throws SQLException {
        return new RefreshToken(
                uuid(rs, "id"),
                uuid(rs, "family_id"),
                uuid(rs, "user_id"),
                uuid(rs, "organization_id"),
                instant(rs, "issued_at"),
                instant(rs, "expires_at"),
                instant(rs, "used_at"),
                instant(rs, "revoked_at"));
    }
}
