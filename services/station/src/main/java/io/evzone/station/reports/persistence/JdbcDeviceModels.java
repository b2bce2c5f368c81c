package io.evzone.station.reports.persistence;

import static io.evzone.station.shared.persistence.Sql.instant;
import static io.evzone.station.shared.persistence.Sql.timestamp;

import io.evzone.station.reports.domain.DeviceModels;
import io.evzone.station.reports.domain.DeviceVariable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDeviceModels implements DeviceModels {

    private static final String UPSERT = """
            INSERT INTO charger_device_variable (charge_point_id, component, component_instance, evse_id, connector_id,
                variable, variable_instance, attribute_type, value, mutability, data_type, unit, reported_at)
            VALUES (:chargePoint, :component, :componentInstance, :evse, :connector, :variable, :variableInstance,
                :attributeType, :value, :mutability, :dataType, :unit, :at)
            ON CONFLICT (charge_point_id, component, component_instance, evse_id, connector_id, variable,
                variable_instance, attribute_type)
            DO UPDATE SET value = EXCLUDED.value,
                mutability = COALESCE(EXCLUDED.mutability, charger_device_variable.mutability),
                data_type = COALESCE(EXCLUDED.data_type, charger_device_variable.data_type),
                unit = COALESCE(EXCLUDED.unit, charger_device_variable.unit), reported_at = EXCLUDED.reported_at
            WHERE charger_device_variable.reported_at <= EXCLUDED.reported_at""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcDeviceModels(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void report(UUID chargePointId, Collection<DeviceVariable> variables) {
        if (variables.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                UPSERT,
                variables.stream()
                        .distinct()
                        .map(v -> new MapSqlParameterSource()
                                .addValue("chargePoint", chargePointId)
                                .addValue("component", v.component())
                                .addValue("componentInstance", v.componentInstance())
                                .addValue("evse", v.evseId())
                                .addValue("connector", v.connectorId())
                                .addValue("variable", v.variable())
                                .addValue("variableInstance", v.variableInstance())
                                .addValue("attributeType", v.attributeType())
                                .addValue("value", v.value())
                                .addValue("mutability", v.mutability())
                                .addValue("dataType", v.dataType())
                                .addValue("unit", v.unit())
                                .addValue("at", timestamp(v.reportedAt())))
                        .toArray(MapSqlParameterSource[]::new));
    }

    @Override
    public List<DeviceVariable> of(UUID chargePointId, String component, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM charger_device_variable
                        WHERE charge_point_id = :chargePoint AND (CAST(:component AS TEXT) IS NULL OR component = :component)
                        ORDER BY component, component_instance, evse_id, connector_id, variable, variable_instance,
                            attribute_type
                        LIMIT :limit OFFSET :offset""")
                .param("chargePoint", chargePointId)
                .param("component", component)
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcDeviceModels::map)
                .list();
    }

    private static DeviceVariable map(ResultSet rs, int row) throws SQLException {
        return new DeviceVariable(
                rs.getString("component"),
                rs.getString("component_instance"),
                rs.getInt("evse_id"),
                rs.getInt("connector_id"),
                rs.getString("variable"),
                rs.getString("variable_instance"),
                rs.getString("attribute_type"),
                rs.getString("value"),
                rs.getString("mutability"),
                rs.getString("data_type"),
                rs.getString("unit"),
                instant(rs, "reported_at"));
    }
}
