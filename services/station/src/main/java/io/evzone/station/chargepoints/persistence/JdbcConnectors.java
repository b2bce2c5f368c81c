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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Connectors in {@code connector} (with their {@code evse}) and {@code connector_status_history}. */
@Repository
public class JdbcConnectors implements Connectors {

    private static final String ORDER = " ORDER BY evse_id, connector_id";

    private final JdbcClient jdbc;

    public JdbcConnectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    public void add(Connector c) {
        UUID evse = jdbc.sql("""
                        INSERT INTO evse (id, charge_point_id, evse_id) VALUES (:id, :cp, :evse)
                        ON CONFLICT (charge_point_id, evse_id) DO UPDATE SET evse_id = excluded.evse_id
                        RETURNING id""")
                .param("id", TimeOrderedIds.next())
                .param("cp", c.chargePointId())
                .param("evse", c.evseId())
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        INSERT INTO connector (id, charge_point_id, evse_ref, evse_id, connector_id, type, power_type,
                            max_power_kw, status, error_code, vendor_error_code, info, status_changed_at, created_at)
                        VALUES (:id, :cp, :evseRef, :evse, :connector, :type, :powerType, :maxPowerKw, :status,
                            :errorCode, :vendorErrorCode, :info, :statusChangedAt, :createdAt)""").params(params(c)).param("evseRef", evse).update();
    }

    @Override
    public void update(Connector c) {
        jdbc.sql("""
                        UPDATE connector SET type = :type, power_type = :powerType, max_power_kw = :maxPowerKw,
                            status = :status, error_code = :errorCode, vendor_error_code = :vendorErrorCode,
                            info = :info, status_changed_at = :statusChangedAt
                        WHERE id = :id""").params(params(c)).update();
    }

    @Override
    public void recordHistory(UUID connectorId, Connector.StatusReport report) {
        jdbc.sql("""
                        INSERT INTO connector_status_history (connector_ref, status, error_code, vendor_error_code,
                            info, reported_at)
                        VALUES (:connector, :status, :errorCode, :vendorErrorCode, :info, :reportedAt)""")
                .param("connector", connectorId)
                .param("status", report.status().name())
                .param("errorCode", report.errorCode())
                .param("vendorErrorCode", report.vendorErrorCode())
                .param("info", report.info())
                .param("reportedAt", timestamp(report.reportedAt()))
                .update();
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

    private static Map<String, Object> params(Connector c) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", c.id());
        params.put("cp", c.chargePointId());
        params.put("evse", c.evseId());
        params.put("connector", c.connectorId());
        params.put("type", c.type() == null ? null : c.type().name());
        params.put("powerType", c.powerType() == null ? null : c.powerType().name());
        params.put("maxPowerKw", c.maxPowerKw());
        params.put("status", c.status() == null ? null : c.status().name());
        params.put("errorCode", c.errorCode());
        params.put("vendorErrorCode", c.vendorErrorCode());
        params.put("info", c.info());
        params.put("statusChangedAt", timestamp(c.statusChangedAt()));
        params.put("createdAt", timestamp(c.createdAt()));
        return params;
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
