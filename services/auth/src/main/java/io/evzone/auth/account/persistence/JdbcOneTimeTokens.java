package io.evzone.auth.account.persistence;

import static io.evzone.auth.shared.persistence.Sql.instant;
import static io.evzone.auth.shared.persistence.Sql.timestamp;
import static io.evzone.auth.shared.persistence.Sql.uuid;

import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.OneTimeTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time tokens in the {@code one_time_token} table, by digest only. */
@Repository
public class JdbcOneTimeTokens implements OneTimeTokens {

    private static final String COLUMNS = "id, user_id, purpose, channel, expires_at, used_at, organization_id";

    private final JdbcClient jdbc;

    public JdbcOneTimeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(OneTimeToken token, String tokenDigest, String codeDigest) {
        jdbc.sql("""
                        INSERT INTO one_time_token
                            (id, user_id, purpose, channel, token_hash, code_hash, expires_at, organization_id)
                        VALUES (:id, :userId, :purpose, :channel, :tokenHash, :codeHash, :expiresAt, :organizationId)""")
                .param("id", token.id())
                .param("userId", token.userId())
                .param("purpose", token.purpose().name())
                .param("channel", token.channel().name())
                .param("tokenHash", tokenDigest)
                .param("codeHash", codeDigest)
                .param("expiresAt", timestamp(token.expiresAt()))
                .param("organizationId", token.organizationId())
                .update();
    }

    @Override
    public Optional<OneTimeToken> byTokenDigest(String digest) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM one_time_token WHERE token_hash = :digest FOR UPDATE")
                .param("digest", digest)
                .query(JdbcOneTimeTokens::map)
                .optional();
    }

    @Override
    public Optional<OneTimeToken> byCodeDigest(String digest) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM one_time_token WHERE code_hash = :digest FOR UPDATE")
                .param("digest", digest)
                .query(JdbcOneTimeTokens::map)
                .optional();
    }

    // A spent code's digest is cleared: the short code space is reused, and a spent code can never match again.
    @Override
    public void markUsed(UUID id, Instant now) {
        jdbc.sql("UPDATE one_time_token SET used_at = :now, code_hash = NULL WHERE id = :id AND used_at IS NULL")
                .param("id", id)
                .param("now", timestamp(now))
                .update();
    }

    @Override
    public void supersede(UUID userId, OneTimeToken.Purpose purpose, Instant now) {
        jdbc.sql("UPDATE one_time_token SET used_at = :now, code_hash = NULL"
                        + " WHERE user_id = :userId AND purpose = :purpose AND used_at IS NULL")
                .param("userId", userId)
                .param("purpose", purpose.name())
                .param("now", timestamp(now))
                .update();
    }

    @Override
    public void supersedeInvitations(UUID userId, UUID organizationId, Instant now) {
        jdbc.sql("UPDATE one_time_token SET used_at = :now WHERE user_id = :userId AND purpose = 'INVITATION'"
                        + " AND organization_id = :organizationId AND used_at IS NULL")
                .param("userId", userId)
                .param("organizationId", organizationId)
                .param("now", timestamp(now))
                .update();
    }

    @Override
    public Optional<OneTimeToken> peekByTokenDigest(String digest) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM one_time_token WHERE token_hash = :digest")
                .param("digest", digest)
                .query(JdbcOneTimeTokens::map)
                .optional();
    }

    @Override
    public int purgeExpiredBefore(Instant instant) {
        return jdbc.sql("DELETE FROM one_time_token WHERE expires_at < :instant")
                .param("instant", timestamp(instant))
                .update();
    }

    private static OneTimeToken map(ResultSet rs, int row) throws SQLException {
        return new OneTimeToken(
                uuid(rs, "id"),
                uuid(rs, "user_id"),
                OneTimeToken.Purpose.valueOf(rs.getString("purpose")),
                OneTimeToken.Channel.valueOf(rs.getString("channel")),
                instant(rs, "expires_at"),
                instant(rs, "used_at"),
                uuid(rs, "organization_id"));
    }
}
