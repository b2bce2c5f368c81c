package io.evzone.station.chargepoints.persistence;

import static io.evzone.station.shared.persistence.Sql.instant;
import static io.evzone.station.shared.persistence.Sql.timestamp;
import static io.evzone.station.shared.persistence.Sql.uuid;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.station.chargepoints.domain.Connector;
import io.evzone.station.chargepoints.domain.Connectors;
import io.evzone.station.chargepoints.domain.StatusHistoryEntry;
import io.evzone.station.shared.domain.ConnectorType;
import io.evzone.station.shared.domain.PowerType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Connectors in {@code connector} (with their {@code evse}) and {@code connector_status_history}. */
@Repository
public class JdbcConnectors implements Connectors {

    private static final String ORDER = " ORDER BY evse_id, connector_id";

    private static final String INSERT_EVSE = """
            INSERT INTO evse (id, charge_point_id, evse_id) VALUES (:evseRef, :cp, :evse)
            ON CONFLICT (charge_point_id, evse_id) DO NOTHING""";
    private static final String INSERT = """
            INSERT INTO connector (id, charge_point_id, evse_ref, evse_id, connector_id, type, power_type,
                max_power_kw, status, error_code, vendor_error_code, info, status_changed_at, created_at)
            VALUES (:id, :cp, (SELECT id FROM evse WHERE charge_point_id = :cp AND evse_id = :evse), :evse,
                :connector, :type, :powerType, :maxPowerKw, :status, :errorCode, :vendorErrorCode, :info,
                :statusChangedAt, :createdAt)""";
    private static final String UPDATE = """
            UPDATE connector SET type = :type, power_type = :powerType, max_power_kw = :maxPowerKw,
                status = :status, error_code = :errorCode, vendor_error_code = :vendorErrorCode,
                info = :info, status_changed_at = :statusChangedAt
            WHERE id = :id""";
    private static final String INSERT_HISTORY = """
            INSERT INTO connector_status_history (connector_ref, status, error_code, vendor_error_code,
                info, reported_at)
            VALUES (:connector, :status, :errorCode, :vendorErrorCode, :info, :reportedAt)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batches;

    public JdbcConnectors(JdbcClient jdbc, NamedParameterJdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public List<Connector> of(UUID chargePointId) {
        return jdbc.sql("SELECT * FROM connector WHERE charge_point_id = :cp" + ORDER)
                .param("cp", chargePointId)
                .query(JdbcConnectors::map)
                .list();
    }

    @Override
    public Map<UUID, List<Connector>> of(Collection<UUID> chargePointIds) {
        if (chargePointIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT * FROM connector WHERE charge_point_id = ANY(CAST(:ids AS uuid[]))" + ORDER)
                .param("ids", chargePointIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(JdbcConnectors::map)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Connector::chargePointId, HashMap::new, Collectors.toList()));
    }

    @Override
    public Optional<Connector> byId(UUID chargePointId, UUID connectorId) {
        return jdbc.sql("SELECT * FROM connector WHERE charge_point_id = :cp AND id = :id")
                .param("cp", chargePointId)
                .param("id", connectorId)
                .query(JdbcConnectors::map)
                .optional();
    }

    @Override
    public Optional<Connector> byNumber(UUID chargePointId, int evseId, int connectorId) {
        return jdbc.sql("SELECT * FROM connector WHERE charge_point_id = :cp AND evse_id = :evse AND connector_id = :c")
                .param("cp", chargePointId)
                .param("evse", evseId)
                .param("c", connectorId)
                .query(JdbcConnectors::map)
                .optional();
    }

    @Override
    public void add(Connector connector) {
        addAll(List.of(connector));
    }

    @Override
    public void addAll(Collection<Connector> connectors) {
        batch(INSERT_EVSE, connectors.stream().map(c -> params(c).addValue("evseRef", TimeOrderedIds.next())));
        batch(INSERT, connectors.stream().map(JdbcConnectors::params));
    }

    @Override
    public void update(Connector connector) {
        updateAll(List.of(connector));
    }

    @Override
    public void updateAll(Collection<Connector> connectors) {
        batch(UPDATE, connectors.stream().map(JdbcConnectors::params));
    }

    @Override
    public void recordHistory(UUID connectorId, Connector.StatusReport report) {
        recordHistory(List.of(new ReportedStatus(connectorId, report)));
    }

    @Override
    public void recordHistory(Collection<ReportedStatus> reports) {
        batch(
                INSERT_HISTORY,
                reports.stream()
                        .map(reported -> new MapSqlParameterSource()
                                .addValue("connector", reported.connectorId())
                                .addValue("status", reported.report().status().name())
                                .addValue("errorCode", reported.report().errorCode())
                                .addValue("vendorErrorCode", reported.report().vendorErrorCode())
                                .addValue("info", reported.report().info())
                                .addValue(
                                        "reportedAt",
                                        timestamp(reported.report().reportedAt()))));
    }

    private void batch(String sql, Stream<MapSqlParameterSource> rows) {
        SqlParameterSource[] batch = rows.toArray(SqlParameterSource[]::new);
        if (batch.length == 1) {
            batches.update(sql, batch[0]);
        } else if (batch.length > 1) {
            batches.batchUpdate(sql, batch);
        }
    }

    @Override
    public List<StatusHistoryEntry> history(UUID connectorId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM connector_status_history WHERE connector_ref = :connector
                        ORDER BY reported_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("connector", connectorId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new StatusHistoryEntry(
                        ConnectorStatus.valueOf(rs.getString("status")),
                        rs.getString("error_code"),
                        rs.getString("vendor_error_code"),
                        rs.getString("info"),
                        instant(rs, "reported_at"),
                        instant(rs, "recorded_at")))
                .list();
    }

    /**
     * By {@code recorded_at}, the service's own clock, rather than {@code reported_at}, the charger's: a charger
     * whose clock is years off would otherwise have its history deleted as it arrives, or kept forever. The newest
     * entry is the first of {@link #history}'s order, the connector's current status. SKIP LOCKED: a node purging
     * side by side takes the next rows instead of waiting for this node's chunk. {@code = ANY(ARRAY(...))} rather
     * than {@code IN (...)}: the chunk's rows are then always found by primary key; with {@code IN} the planner
     * hashed the chunk and scanned the whole table (300,000 rows) for every chunk.
     */
    @Override
    public int deleteHistoryOlderThan(Duration retention, int limit) {
        return jdbc.sql("""
                        DELETE FROM connector_status_history WHERE id = ANY(ARRAY(
                            SELECT old.id FROM connector_status_history old
                            WHERE old.recorded_at < now() - make_interval(secs => :seconds)
                              AND EXISTS (SELECT 1 FROM connector_status_history newer
                                          WHERE newer.connector_ref = old.connector_ref
                                            AND (newer.reported_at, newer.id) > (old.reported_at, old.id))
                            LIMIT :limit FOR UPDATE SKIP LOCKED))""")
                .param("seconds", retention.toSeconds())
                .param("limit", limit)
                .update();
    }

    private static MapSqlParameterSource params(Connector c) {
        return new MapSqlParameterSource()
                .addValue("id", c.id())
                .addValue("cp", c.chargePointId())
                .addValue("evse", c.evseId())
                .addValue("connector", c.connectorId())
                .addValue("type", c.type() == null ? null : c.type().name())
                .addValue(
                        "powerType",
                        c.powerType() == null ? null : c.powerType().name())
                .addValue("maxPowerKw", c.maxPowerKw())
                .addValue("status", c.status() == null ? null : c.status().name())
                .addValue("errorCode", c.errorCode())
                .addValue("vendorErrorCode", c.vendorErrorCode())
                .addValue("info", c.info())
                .addValue("statusChangedAt", timestamp(c.statusChangedAt()))
                .addValue("createdAt", timestamp(c.createdAt()));
    }

    private static Connector map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("type");
        String powerType = rs.getString("power_type");
        String status = rs.getString("status");
        return new Connector(
                uuid(rs, "id"),
                uuid(rs, "charge_point_id"),
                rs.getInt("evse_id"),
                rs.getInt("connector_id"),
                type == null ? null : ConnectorType.valueOf(type),
                powerType == null ? null : PowerType.valueOf(powerType),
                rs.getBigDecimal("max_power_kw"),
                status == null ? null : ConnectorStatus.valueOf(status),
                rs.getString("error_code"),
                rs.getString("vendor_error_code"),
                rs.getString("info"),
                instant(rs, "status_changed_at"),
                instant(rs, "created_at"));
    }
}
