package io.evzone.station.chargepoints.persistence;

import static io.evzone.station.shared.persistence.Sql.instant;
import static io.evzone.station.shared.persistence.Sql.nullableInt;
import static io.evzone.station.shared.persistence.Sql.timestamp;
import static io.evzone.station.shared.persistence.Sql.uuid;

import io.evzone.contracts.charger.ChargerIdentity;
import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePointFilter;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Hardware;
import io.evzone.station.chargepoints.domain.Presence;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.shared.persistence.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Charge points in the {@code charge_point} table. */
@Repository
public class JdbcChargePoints implements ChargePoints {

    private static final String INSERT = """
            INSERT INTO charge_point (id, ocpp_id, organization_id, station_id, vendor, model,
                serial_number, firmware_version, ocpp_version, security_profile, password_hash,
                registration_status, provisioned_by, online, last_boot_at, last_heartbeat_at,
                last_seen_at, heartbeat_interval_seconds, gateway_node, connected_at, reported_status,
                created_at, updated_at)
            VALUES (:id, :ocppId, :organizationId, :stationId, :vendor, :model, :serialNumber,
                :firmwareVersion, :ocppVersion, :securityProfile, :passwordHash, :registration,
                :provisionedBy, :online, :lastBootAt, :lastHeartbeatAt, :lastSeenAt,
                :heartbeatInterval, :gatewayNode, :connectedAt, :reportedStatus, :createdAt,
                :updatedAt)""";
    private static final String UPDATE = """
            UPDATE charge_point SET organization_id = :organizationId, station_id = :stationId,
                vendor = :vendor, model = :model, serial_number = :serialNumber,
                firmware_version = :firmwareVersion, ocpp_version = :ocppVersion,
                security_profile = :securityProfile, password_hash = :passwordHash,
                registration_status = :registration, online = :online, last_boot_at = :lastBootAt,
                last_heartbeat_at = :lastHeartbeatAt, last_seen_at = :lastSeenAt,
                heartbeat_interval_seconds = :heartbeatInterval, gateway_node = :gatewayNode,
                connected_at = :connectedAt, reported_status = :reportedStatus, updated_at = :updatedAt
            WHERE id = :id""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batches;

    public JdbcChargePoints(JdbcClient jdbc, NamedParameterJdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public Optional<ChargePoint> byId(UUID id, OrganizationScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql("SELECT * FROM charge_point WHERE id = :id AND " + Sql.scope("organization_id", scope, params))
                .params(params)
                .query(JdbcChargePoints::map)
                .optional();
    }

    @Override
    public Optional<ChargePoint> byOcppId(String ocppId, OrganizationScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("ocppId", ChargerIdentity.fold(ocppId));
        return jdbc.sql("SELECT * FROM charge_point WHERE lower(ocpp_id) = :ocppId AND "
                        + Sql.scope("organization_id", scope, params))
                .params(params)
                .query(JdbcChargePoints::map)
                .optional();
    }

    @Override
    public Optional<ChargePoint> lockByOcppId(String ocppId) {
        return jdbc.sql("SELECT * FROM charge_point WHERE lower(ocpp_id) = :ocppId FOR UPDATE")
                .param("ocppId", ChargerIdentity.fold(ocppId))
                .query(JdbcChargePoints::map)
                .optional();
    }

    @Override
    public Map<String, ChargePoint> lockByOcppIds(Collection<String> ocppIds) {
        if (ocppIds.isEmpty()) {
            return Map.of();
        }
        // Sorted, so batches that lock overlapping chargers take their locks in the same order.
        return jdbc
                .sql("SELECT * FROM charge_point WHERE lower(ocpp_id) = ANY(:ids) ORDER BY lower(ocpp_id) FOR UPDATE")
                .param(
                        "ids",
                        ocppIds.stream().map(ChargerIdentity::fold).distinct().toArray(String[]::new))
                .query(JdbcChargePoints::map)
                .list()
                .stream()
                .collect(Collectors.toMap(cp -> ChargerIdentity.fold(cp.ocppId()), cp -> cp));
    }

    @Override
    public List<ChargePoint> list(ChargePointFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(Sql.scope("organization_id", filter.scope(), params));
        if (filter.stationId() != null) {
            where.append(" AND station_id = :stationId");
            params.put("stationId", filter.stationId());
        }
        if (filter.registration() != null) {
            where.append(" AND registration_status = :registration");
            params.put("registration", filter.registration().name());
        }
        if (filter.online() != null) {
            where.append(" AND online = :online");
            params.put("online", filter.online());
        }
        if (filter.unassigned() != null) {
            where.append(filter.unassigned() ? " AND station_id IS NULL" : " AND station_id IS NOT NULL");
        }
        if (!filter.ocppIds().isEmpty()) {
            where.append(" AND lower(ocpp_id) IN (:ocppIds)");
            params.put(
                    "ocppIds",
                    filter.ocppIds().stream().map(ChargerIdentity::fold).toList());
        }
        params.put("limit", filter.limit());
        params.put("offset", filter.offset());
        return jdbc.sql("SELECT * FROM charge_point WHERE " + where + " ORDER BY ocpp_id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcChargePoints::map)
                .list();
    }

    @Override
    public void add(ChargePoint chargePoint) {
        addAll(List.of(chargePoint));
    }

    @Override
    public void addAll(Collection<ChargePoint> chargePoints) {
        try {
            batch(INSERT, chargePoints);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    chargePoints.size() == 1
                            ? "ocppId: a charge point with OCPP id '"
                                    + chargePoints.iterator().next().ocppId()
                                    + "' already exists (OCPP ids are compared ignoring case)"
                            : "One of " + chargePoints.size() + " new charge points has an OCPP id that is taken");
        }
    }

    @Override
    public void update(ChargePoint chargePoint) {
        updateAll(List.of(chargePoint));
    }

    @Override
    public void updateAll(Collection<ChargePoint> chargePoints) {
        batch(UPDATE, chargePoints);
    }

    private void batch(String sql, Collection<ChargePoint> chargePoints) {
        if (chargePoints.size() == 1) {
            jdbc.sql(sql).params(params(chargePoints.iterator().next())).update();
        } else if (!chargePoints.isEmpty()) {
            batches.batchUpdate(
                    sql,
                    chargePoints.stream()
                            .map(cp -> new MapSqlParameterSource(params(cp)))
                            .toArray(SqlParameterSource[]::new));
        }
    }

    @Override
    public void delete(ChargePoint chargePoint) {
        jdbc.sql("DELETE FROM charge_point WHERE id = :id")
                .param("id", chargePoint.id())
                .update();
    }

    @Override
    public List<ChargePoint> lockSilent(Instant now, int missed, Duration defaultInterval, int limit) {
        return jdbc.sql("""
                        SELECT * FROM charge_point
                        WHERE online AND last_seen_at < :now - make_interval(
                            secs => :missed * coalesce(heartbeat_interval_seconds, :defaultSeconds))
                        ORDER BY last_seen_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("now", timestamp(now))
                .param("missed", missed)
                .param("defaultSeconds", defaultInterval.toSeconds())
                .param("limit", limit)
                .query(JdbcChargePoints::map)
                .list();
    }

    private static Map<String, Object> params(ChargePoint cp) {
        Presence presence = cp.presence();
        Map<String, Object> params = new HashMap<>();
        params.put("id", cp.id());
        params.put("ocppId", cp.ocppId());
        params.put("organizationId", cp.organizationId());
        params.put("stationId", cp.stationId());
        params.put("vendor", cp.hardware().vendor());
        params.put("model", cp.hardware().model());
        params.put("serialNumber", cp.hardware().serialNumber());
        params.put("firmwareVersion", cp.hardware().firmwareVersion());
        params.put("ocppVersion", cp.ocppVersion().name());
        params.put("securityProfile", cp.securityProfile());
        params.put("passwordHash", cp.passwordHash());
        params.put("registration", cp.registration().name());
        params.put("provisionedBy", cp.provisionedBy().name());
        params.put("online", presence.online());
        params.put("lastBootAt", timestamp(presence.lastBootAt()));
        params.put("lastHeartbeatAt", timestamp(presence.lastHeartbeatAt()));
        params.put("lastSeenAt", timestamp(presence.lastSeenAt()));
        params.put("heartbeatInterval", presence.heartbeatIntervalSeconds());
        params.put("gatewayNode", presence.gatewayNode());
        params.put("connectedAt", timestamp(presence.connectedAt()));
        params.put(
                "reportedStatus",
                cp.reportedStatus() == null ? null : cp.reportedStatus().name());
        params.put("createdAt", timestamp(cp.createdAt()));
        params.put("updatedAt", timestamp(cp.updatedAt()));
        return params;
    }

    private static ChargePoint map(ResultSet rs, int row) throws SQLException {
        String reported = rs.getString("reported_status");
        return new ChargePoint(
                uuid(rs, "id"),
                rs.getString("ocpp_id"),
                rs.getString("organization_id"),
                uuid(rs, "station_id"),
                new Hardware(
                        rs.getString("vendor"),
                        rs.getString("model"),
                        rs.getString("serial_number"),
                        rs.getString("firmware_version")),
                OcppVersion.valueOf(rs.getString("ocpp_version")),
                rs.getInt("security_profile"),
                rs.getString("password_hash"),
                RegistrationStatus.valueOf(rs.getString("registration_status")),
                ChargePoint.ProvisionedBy.valueOf(rs.getString("provisioned_by")),
                new Presence(
                        rs.getBoolean("online"),
                        instant(rs, "last_boot_at"),
                        instant(rs, "last_heartbeat_at"),
                        instant(rs, "last_seen_at"),
                        nullableInt(rs, "heartbeat_interval_seconds"),
                        rs.getString("gateway_node"),
                        instant(rs, "connected_at")),
                reported == null ? null : ConnectorStatus.valueOf(reported),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }
}
