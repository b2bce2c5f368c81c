package io.evzone.station.stations.persistence;

import static io.evzone.station.shared.persistence.Sql.instant;
import static io.evzone.station.shared.persistence.Sql.uuid;

import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.shared.domain.ConnectorType;
import io.evzone.station.shared.domain.PowerType;
import io.evzone.station.stations.domain.Equipment;
import io.evzone.station.stations.domain.Equipment.ChargePointSummary;
import io.evzone.station.stations.domain.Equipment.ConnectorSummary;
import io.evzone.station.stations.domain.StationStats;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the charge points and connectors of stations in one query, for listings and stats. */
final class EquipmentReader {

    private final JdbcClient jdbc;

    EquipmentReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Equipment> of(Collection<UUID> stationIds) {
        if (stationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<UUID, ChargePointRows>> byStation = new HashMap<>();
        for (Row row : rows(stationIds)) {
            byStation
                    .computeIfAbsent(row.stationId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(
                            row.chargePoint().id(), id -> new ChargePointRows(row.chargePoint(), new ArrayList<>()))
                    .add(row.connector());
        }
        Map<UUID, Equipment> result = new HashMap<>();
        byStation.forEach((station, chargePoints) -> result.put(
                station,
                new Equipment(chargePoints.values().stream()
                        .map(ChargePointRows::summary)
                        .toList())));
        return result;
    }

    StationStats stats(UUID stationId) {
        Equipment equipment = of(List.of(stationId)).getOrDefault(stationId, Equipment.NONE);
        Map<String, Integer> statuses = new TreeMap<>();
        equipment.chargePoints().stream()
                .flatMap(cp -> cp.connectors().stream())
                .forEach(c -> statuses.merge(
                        c.status() == null ? "UNKNOWN" : c.status().name(), 1, Integer::sum));
        Instant lastChange = jdbc.sql("""
                        SELECT max(c.status_changed_at) FROM connector c
                        JOIN charge_point cp ON cp.id = c.charge_point_id WHERE cp.station_id = :station""")
                .param("station", stationId)
                .query((rs, n) -> java.util.Optional.ofNullable(instant(rs, "max")))
                .single()
                .orElse(null);
        return new StationStats(
                stationId,
                equipment.chargePoints().size(),
                (int) equipment.chargePoints().stream()
                        .filter(ChargePointSummary::online)
                        .count(),
                equipment.availability(),
                statuses,
                lastChange);
    }

    private List<Row> rows(Collection<UUID> stationIds) {
        return jdbc.sql("""
                        SELECT cp.id AS cp_id, cp.ocpp_id, cp.station_id, cp.online, cp.registration_status,
                            cp.reported_status, c.id AS c_id, c.evse_id, c.connector_id, c.type, c.power_type,
                            c.max_power_kw, c.status
                        FROM charge_point cp LEFT JOIN connector c ON c.charge_point_id = cp.id
                        WHERE cp.station_id = ANY(CAST(:ids AS uuid[]))
                        ORDER BY cp.ocpp_id, c.evse_id, c.connector_id""")
                .param("ids", stationIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(EquipmentReader::row)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        ChargePointSummary chargePoint = new ChargePointSummary(
                uuid(rs, "cp_id"),
                rs.getString("ocpp_id"),
                rs.getBoolean("online"),
                RegistrationStatus.valueOf(rs.getString("registration_status")),
                status(rs.getString("reported_status")),
                List.of());
        UUID connectorId = uuid(rs, "c_id");
        ConnectorSummary connector = connectorId == null
                ? null
                : new ConnectorSummary(
                        connectorId,
                        rs.getInt("evse_id"),
                        rs.getInt("connector_id"),
                        rs.getString("type") == null ? null : ConnectorType.valueOf(rs.getString("type")),
                        rs.getString("power_type") == null ? null : PowerType.valueOf(rs.getString("power_type")),
                        rs.getBigDecimal("max_power_kw"),
                        status(rs.getString("status")));
        return new Row(uuid(rs, "station_id"), chargePoint, connector);
    }

    private static ConnectorStatus status(String value) {
        return value == null ? null : ConnectorStatus.valueOf(value);
    }

    private record Row(UUID stationId, ChargePointSummary chargePoint, ConnectorSummary connector) {}

    private record ChargePointRows(ChargePointSummary chargePoint, List<ConnectorSummary> connectors) {

        void add(ConnectorSummary connector) {
            if (connector != null) {
                connectors.add(connector);
            }
        }

        ChargePointSummary summary() {
            List<ConnectorSummary> sorted = connectors.stream()
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt(ConnectorSummary::evseId)
                            .thenComparingInt(ConnectorSummary::connectorId))
                    .toList();
            return new ChargePointSummary(
                    chargePoint.id(),
                    chargePoint.ocppId(),
                    chargePoint.online(),
                    chargePoint.registration(),
                    chargePoint.chargerStatus(),
                    sorted);
        }
    }
}
