package io.evzone.billing.pricing.persistence;

import io.evzone.billing.pricing.domain.PricedSession;
import io.evzone.billing.pricing.domain.PricedSessions;
import io.evzone.billing.tariffs.domain.MeterSample;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions in {@code priced_session}, readings in {@code session_reading}. */
@Repository
class JdbcPricedSessions implements PricedSessions {

    private final JdbcClient jdbc;

    JdbcPricedSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PricedSession> byId(String sessionId) {
        return jdbc.sql("SELECT * FROM priced_session WHERE session_id = :id")
                .param("id", sessionId)
                .query(JdbcPricedSessions::map)
                .optional();
    }

    @Override
    public PricedSession merge(PricedSession report) {
        jdbc.sql("""
                        INSERT INTO priced_session (session_id, charge_point_id) VALUES (:id, :cp)
                        ON CONFLICT DO NOTHING""")
                .param("id", report.sessionId())
                .param("cp", report.chargePointId())
                .update();
        PricedSession stored = jdbc.sql("SELECT * FROM priced_session WHERE session_id = :id FOR UPDATE")
                .param("id", report.sessionId())
                .query(JdbcPricedSessions::map)
                .single();
        PricedSession merged = stored.mergedWith(report);
        if (merged.equals(stored)) {
            return stored;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", merged.sessionId());
        params.put("transactionId", merged.transactionId());
        params.put("organizationId", merged.organizationId());
        params.put("stationId", merged.stationId());
        params.put("userId", merged.userId());
        params.put("startedAt", timestamp(merged.startedAt()));
        params.put("stoppedAt", timestamp(merged.stoppedAt()));
        params.put("energyWh", merged.energyWh());
        params.put("corrected", merged.corrected());
        jdbc.sql("""
                        UPDATE priced_session SET transaction_id = :transactionId, organization_id = :organizationId,
                            station_id = :stationId, user_id = :userId, started_at = :startedAt,
                            stopped_at = :stoppedAt, energy_wh = :energyWh, corrected = :corrected
                        WHERE session_id = :id""").params(params).update();
        return merged;
    }

    @Override
    public void addReading(String sessionId, MeterSample reading) {
        jdbc.sql("""
                        INSERT INTO session_reading (session_id, measured_at, energy_wh) VALUES (:id, :at, :wh)
                        ON CONFLICT DO NOTHING""")
                .param("id", sessionId)
                .param("at", timestamp(reading.at()))
                .param("wh", reading.energyWh())
                .update();
    }

    @Override
    public List<MeterSample> readings(String sessionId) {
        return jdbc.sql(
                        "SELECT measured_at, energy_wh FROM session_reading WHERE session_id = :id ORDER BY measured_at")
                .param("id", sessionId)
                .query((rs, row) -> new MeterSample(instant(rs, "measured_at"), rs.getLong("energy_wh")))
                .list();
    }

    private static PricedSession map(ResultSet rs, int row) throws SQLException {
        long energy = rs.getLong("energy_wh");
        return new PricedSession(
                rs.getString("session_id"),
                rs.getString("charge_point_id"),
                rs.getString("transaction_id"),
                rs.getString("organization_id"),
                rs.getString("station_id"),
                rs.getString("user_id"),
                instant(rs, "started_at"),
                instant(rs, "stopped_at"),
                rs.wasNull() ? null : energy,
                rs.getBoolean("corrected"));
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
