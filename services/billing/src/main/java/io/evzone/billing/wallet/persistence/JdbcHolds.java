package io.evzone.billing.wallet.persistence;

import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.Hold;
import io.evzone.billing.wallet.domain.Holds;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.WalletOwner;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHolds implements Holds {

    private final JdbcClient jdbc;

    JdbcHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(Hold hold) {
        return jdbc.sql("""
                        INSERT INTO wallet_hold (id, wallet_id, session_id, amount, currency, status, expires_at, created_at)
                        VALUES (:id, :wallet, :session, :amount, :currency, :status, :expires, :created)
                        ON CONFLICT (session_id) DO NOTHING""")
                        .param("id", hold.id())
                        .param("wallet", hold.walletId())
                        .param("session", hold.sessionId())
                        .param("amount", hold.amount().minor())
                        .param("currency", hold.amount().currency())
                        .param("status", hold.status().name())
                        .param("expires", SqlTime.timestamp(hold.expiresAt()))
                        .param("created", SqlTime.timestamp(hold.createdAt()))
                        .update()
                == 1;
    }

    @Override
    public Optional<Hold> lockBySession(String sessionId) {
        return jdbc.sql("""
                        SELECT h.*, a.kind AS owner_kind, a.owner_id FROM wallet_hold h
                        JOIN ledger_account a ON a.id = h.wallet_id
                        WHERE h.session_id = :session FOR UPDATE OF h""").param("session", sessionId).query(JdbcHolds::hold).optional();
    }

    @Override
    public void close(Hold hold, Hold.Status status, long captured, Instant at) {
        jdbc.sql("UPDATE wallet_hold SET status = :status, captured = :captured, closed_at = :at WHERE id = :id")
                .param("status", status.name())
                .param("captured", captured)
                .param("at", SqlTime.timestamp(at))
                .param("id", hold.id())
                .update();
    }

    @Override
    public List<String> expiredSessions(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT session_id FROM wallet_hold WHERE status = 'ACTIVE' AND expires_at < :now
                        ORDER BY expires_at LIMIT :limit""")
                .param("now", SqlTime.timestamp(now))
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    private static Hold hold(ResultSet rs, int row) throws SQLException {
        long capturedValue = rs.getLong("captured");
        Long captured = rs.wasNull() ? null : capturedValue;
        return new Hold(
                rs.getObject("id", UUID.class),
                rs.getObject("wallet_id", UUID.class),
                new WalletOwner(AccountKind.valueOf(rs.getString("owner_kind")), rs.getString("owner_id")),
                rs.getString("session_id"),
                Money.of(rs.getLong("amount"), rs.getString("currency")),
                Hold.Status.valueOf(rs.getString("status")),
                captured,
                SqlTime.instant(rs, "expires_at"),
                SqlTime.instant(rs, "created_at"));
    }
}
