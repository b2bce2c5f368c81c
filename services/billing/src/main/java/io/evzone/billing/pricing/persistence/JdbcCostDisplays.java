package io.evzone.billing.pricing.persistence;

import io.evzone.billing.pricing.domain.CostDisplay;
import io.evzone.billing.pricing.domain.CostDisplays;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cost displays in the {@code cost_display} table. */
@Repository
class JdbcCostDisplays implements CostDisplays {

    private final JdbcClient jdbc;

    JdbcCostDisplays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(CostDisplay display) {
        jdbc.sql("""
                        INSERT INTO cost_display (session_id, ocpp_id, transaction_id, organization_id)
                        VALUES (:session, :ocpp, :transaction, :org) ON CONFLICT (session_id) DO NOTHING""")
                .param("session", display.sessionId())
                .param("ocpp", display.ocppId())
                .param("transaction", display.transactionId())
                .param("org", display.organizationId())
                .update();
    }

    @Override
    public Optional<CostDisplay> lock(String sessionId) {
        return jdbc.sql("SELECT * FROM cost_display WHERE session_id = :session FOR UPDATE")
                .param("session", sessionId)
                .query((rs, row) -> new CostDisplay(
                        rs.getString("session_id"),
                        rs.getString("ocpp_id"),
                        rs.getString("transaction_id"),
                        rs.getString("organization_id"),
                        rs.getObject("last_total", Long.class),
                        JdbcPricedSessions.instant(rs, "last_sent_at")))
                .optional();
    }

    @Override
    public void sent(String sessionId, long total, Instant at) {
        jdbc.sql("UPDATE cost_display SET last_total = :total, last_sent_at = :at WHERE session_id = :session")
                .param("total", total)
                .param("at", JdbcPricedSessions.timestamp(at))
                .param("session", sessionId)
                .update();
    }

    @Override
    public void forget(String sessionId) {
        jdbc.sql("DELETE FROM cost_display WHERE session_id = :session")
                .param("session", sessionId)
                .update();
    }
}
