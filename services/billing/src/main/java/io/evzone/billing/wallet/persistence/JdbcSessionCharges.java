package io.evzone.billing.wallet.persistence;

import io.evzone.billing.wallet.domain.SessionCharges;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSessionCharges implements SessionCharges {

    private final JdbcClient jdbc;

    JdbcSessionCharges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Charge> lock(String sessionId) {
        return jdbc.sql(
                        "SELECT session_id, version, entry_id FROM session_charge WHERE session_id = :session FOR UPDATE")
                .param("session", sessionId)
                .query((rs, row) -> new Charge(
                        rs.getString("session_id"), rs.getInt("version"), rs.getObject("entry_id", UUID.class)))
                .optional();
    }

    @Override
    public void record(Charge charge, Instant at) {
        jdbc.sql("""
                        INSERT INTO session_charge (session_id, version, entry_id, charged_at)
                        VALUES (:session, :version, :entry, :at)
                        ON CONFLICT (session_id) DO UPDATE
                        SET version = EXCLUDED.version, entry_id = EXCLUDED.entry_id, charged_at = EXCLUDED.charged_at""")
                .param("session", charge.sessionId())
                .param("version", charge.version())
                .param("entry", charge.entryId())
                .param("at", SqlTime.timestamp(at))
                .update();
    }
}
