package io.evzone.session.charging.persistence;

import static io.evzone.session.charging.persistence.SessionRows.timestamp;

import io.evzone.session.charging.domain.ChargingSession;
import io.evzone.session.charging.domain.ChargingSessions;
import io.evzone.session.charging.domain.ChargingSessions.TransactionKey;
import io.evzone.session.charging.domain.SessionState;
import io.evzone.session.shared.persistence.ChargerLocks;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcChargingSessions implements ChargingSessions {

    private static final String SELECT = "SELECT " + SessionRows.COLUMNS + " FROM charging_session ";
    private static final String UPSERT = """
                        INSERT INTO charging_session (id, charge_point_id, organization_id, station_id, ocpp_version, evse_id,
                               connector_id, transaction_id, start_key, id_tag, user_id, authorization_status, status,
                               started_at, stopped_at, meter_start_wh, meter_stop_wh, first_register_wh, first_register_at,
                               last_register_wh, last_register_at, energy_wh, power_w, power_at, stop_reason, closed_by_csms,
                               seen_seq_nos, last_update_published_at, created_at, updated_at)
                        VALUES (:id, :cp, :org, :station, :version, :evse, :connector, :tx, :startKey, :idTag, :user,
                                :authorization, :status, :startedAt, :stoppedAt, :meterStart, :meterStop, :firstWh, :firstAt,
                                :lastWh, :lastAt, :energy, :power, :powerAt, :stopReason, :closedByCsms, :seqNos,
                                :lastUpdate, :openedAt, :now)
                        ON CONFLICT (id) DO UPDATE SET
                               organization_id = EXCLUDED.organization_id, station_id = EXCLUDED.station_id,
                               evse_id = EXCLUDED.evse_id, connector_id = EXCLUDED.connector_id,
                               transaction_id = EXCLUDED.transaction_id, id_tag = EXCLUDED.id_tag, user_id = EXCLUDED.user_id,
                               authorization_status = EXCLUDED.authorization_status, status = EXCLUDED.status,
                               started_at = EXCLUDED.started_at, stopped_at = EXCLUDED.stopped_at,
                               meter_start_wh = EXCLUDED.meter_start_wh, meter_stop_wh = EXCLUDED.meter_stop_wh,
                               first_register_wh = EXCLUDED.first_register_wh, first_register_at = EXCLUDED.first_register_at,
                               last_register_wh = EXCLUDED.last_register_wh, last_register_at = EXCLUDED.last_register_at,
                               energy_wh = EXCLUDED.energy_wh, power_w = EXCLUDED.power_w, power_at = EXCLUDED.power_at,
                               stop_reason = EXCLUDED.stop_reason, closed_by_csms = EXCLUDED.closed_by_csms,
                               seen_seq_nos = EXCLUDED.seen_seq_nos,
                               last_update_published_at = EXCLUDED.last_update_published_at, updated_at = EXCLUDED.updated_at""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    JdbcChargingSessions(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public void lockCharger(String chargePointId) {
        lockChargers(List.of(chargePointId));
    }

    @Override
    public void lockChargers(List<String> chargePointIds) {
        ChargerLocks.lock(jdbc, chargePointIds);
    }

    @Override
    public List<ChargingSession> byTransactions(List<TransactionKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql(SELECT + """
                        JOIN unnest(:cps::text[], :txs::text[]) AS k(cp, tx)
                          ON charge_point_id = k.cp AND transaction_id = k.tx""")
                .param("cps", keys.stream().map(TransactionKey::chargePointId).toArray(String[]::new))
                .param("txs", keys.stream().map(TransactionKey::transactionId).toArray(String[]::new))
                .query(SessionRows::map)
                .list()
                .stream()
                .map(ChargingSession::restore)
                .toList();
    }

    @Override
    public Optional<ChargingSession> byTransaction(String chargePointId, String transactionId) {
        return one(SELECT + "WHERE charge_point_id = :cp AND transaction_id = :tx", chargePointId, transactionId);
    }

    @Override
    public Optional<ChargingSession> byStartKey(String chargePointId, String startKey) {
        return one(SELECT + "WHERE charge_point_id = :cp AND start_key = :tx", chargePointId, startKey);
    }

    @Override
    public Optional<ChargingSession> activeOn(String chargePointId, int evseId) {
        return jdbc.sql(SELECT + """
                        WHERE charge_point_id = :cp AND evse_id = :evse AND status = 'ACTIVE'
                        ORDER BY started_at DESC NULLS LAST LIMIT 1""")
                .param("cp", chargePointId)
                .param("evse", evseId)
                .query(SessionRows::map)
                .optional()
                .map(ChargingSession::restore);
    }

    @Override
    public List<ChargingSession> activeOnCharger(String chargePointId) {
        return jdbc
                .sql(SELECT + "WHERE charge_point_id = :cp AND status = 'ACTIVE'")
                .param("cp", chargePointId)
                .query(SessionRows::map)
                .list()
                .stream()
                .map(ChargingSession::restore)
                .toList();
    }

    @Override
    public boolean activeWithIdTag(String idTag, UUID except) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM charging_session
                                        WHERE upper(id_tag) = upper(:tag) AND status = 'ACTIVE'
                                          AND (CAST(:except AS UUID) IS NULL OR id <> :except))""")
                .param("tag", idTag)
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    @Override
    public long nextTransactionId() {
        return jdbc.sql("SELECT nextval('ocpp16_transaction_id')")
                .query(Long.class)
                .single();
    }

    @Override
    public int nextRemoteStartId() {
        return jdbc.sql("SELECT nextval('remote_start_id')")
                .query(Integer.class)
                .single();
    }

    @Override
    public void save(ChargingSession session, Instant now) {
        jdbc.sql(UPSERT).paramSource(parameters(session.state(), now)).update();
    }

    /** Every session of a batch in one JDBC batch: one round trip instead of one per session. */
    @Override
    public void saveAll(Collection<ChargingSession> sessions, Instant now) {
        if (sessions.isEmpty()) {
            return;
        }
        batches.batchUpdate(
                UPSERT,
                sessions.stream()
                        .map(session -> parameters(session.state(), now))
                        .toArray(SqlParameterSource[]::new));
    }

    private static MapSqlParameterSource parameters(SessionState s, Instant now) {
        return new MapSqlParameterSource()
                .addValue("id", s.id())
                .addValue("cp", s.chargePointId())
                .addValue("org", s.organizationId())
                .addValue("station", s.stationId())
                .addValue("version", s.ocppVersion().label())
                .addValue("evse", s.evseId())
                .addValue("connector", s.connectorId())
                .addValue("tx", s.transactionId())
                .addValue("startKey", s.startKey())
                .addValue("idTag", s.idTag())
                .addValue("user", s.userId())
                .addValue(
                        "authorization",
                        s.authorization() == null ? null : s.authorization().name())
                .addValue("status", s.status().name())
                .addValue("startedAt", timestamp(s.startedAt()))
                .addValue("stoppedAt", timestamp(s.stoppedAt()))
                .addValue("meterStart", s.meterStartWh())
                .addValue("meterStop", s.meterStopWh())
                .addValue("firstWh", s.readings().firstRegisterWh())
                .addValue("firstAt", timestamp(s.readings().firstRegisterAt()))
                .addValue("lastWh", s.readings().lastRegisterWh())
                .addValue("lastAt", timestamp(s.readings().lastRegisterAt()))
                .addValue("energy", s.energyWh())
                .addValue("power", s.readings().powerW())
                .addValue("powerAt", timestamp(s.readings().powerAt()))
                .addValue("stopReason", s.stopReason())
                .addValue("closedByCsms", s.closedByCsms())
                .addValue("seqNos", s.seenSeqNos().stream().sorted().toArray(Integer[]::new))
                .addValue("lastUpdate", timestamp(s.lastUpdatePublishedAt()))
                .addValue("openedAt", timestamp(s.openedAt()))
                .addValue("now", timestamp(now));
    }

    private Optional<ChargingSession> one(String sql, String chargePointId, String key) {
        return jdbc.sql(sql)
                .param("cp", chargePointId)
                .param("tx", key)
                .query(SessionRows::map)
                .optional()
                .map(ChargingSession::restore);
    }
}
