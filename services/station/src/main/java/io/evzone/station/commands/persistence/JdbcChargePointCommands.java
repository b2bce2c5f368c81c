package io.evzone.station.commands.persistence;

import static io.evzone.station.shared.persistence.Sql.instant;
import static io.evzone.station.shared.persistence.Sql.timestamp;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.platform.retention.FinishedCommands;
import io.evzone.station.commands.domain.ChargePointCommand;
import io.evzone.station.commands.domain.ChargePointCommands;
import io.evzone.station.shared.domain.OrganizationScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcChargePointCommands implements ChargePointCommands {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String IN_SCOPE = "(:everything OR organization_id = :org)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcChargePointCommands(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(ChargePointCommand c) {
        jdbc.sql("""
                        INSERT INTO charge_point_command (id, charge_point_id, ocpp_id, organization_id, command, action,
                                                          parameters, requested_by, status, requested_at, deadline)
                        VALUES (:id, :cp, :ocpp, :org, :command, :action, :parameters, :by, :status, :at, :deadline)""")
                .param("id", c.id())
                .param("cp", c.chargePointId())
                .param("ocpp", c.ocppId())
                .param("org", c.organizationId())
                .param("command", c.command())
                .param("action", c.action())
                .param("parameters", json.writeValueAsString(c.parameters()))
                .param("by", c.requestedBy())
                .param("status", c.status().name())
                .param("at", timestamp(c.requestedAt()))
                .param("deadline", timestamp(c.deadline()))
                .update();
    }

    @Override
    public Optional<ChargePointCommand> byId(UUID id, OrganizationScope scope) {
        return jdbc.sql("SELECT * FROM charge_point_command WHERE id = :id AND " + IN_SCOPE)
                .param("id", id)
                .param("everything", scope.everything())
                .param("org", scope.organizationId())
                .query(this::map)
                .optional();
    }

    @Override
    public List<ChargePointCommand> list(OrganizationScope scope, UUID chargePointId, int limit, int offset) {
        return jdbc.sql("SELECT * FROM charge_point_command WHERE " + IN_SCOPE + """
                         AND (CAST(:cp AS UUID) IS NULL OR charge_point_id = :cp)
                        ORDER BY requested_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("everything", scope.everything())
                .param("org", scope.organizationId())
                .param("cp", chargePointId)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    @Override
    public boolean complete(UUID id, CommandStatus status, Map<String, Object> response, Instant completedAt) {
        return jdbc.sql("""
                        UPDATE charge_point_command SET status = :status, response = :response, completed_at = :at
                         WHERE id = :id AND status IN ('QUEUED', 'SENT')""")
                        .param("id", id)
                        .param("status", status.name())
                        .param("response", json.writeValueAsString(response))
                        .param("at", timestamp(completedAt))
                        .update()
                == 1;
    }

    @Override
    public int deleteFinishedOlderThan(Duration retention, int limit) {
        return FinishedCommands.delete(jdbc, "charge_point_command", "requested_at", retention, limit);
    }

    private ChargePointCommand map(ResultSet rs, int row) throws SQLException {
        String response = rs.getString("response");
        return new ChargePointCommand(
                rs.getObject("id", UUID.class),
                rs.getObject("charge_point_id", UUID.class),
                rs.getString("ocpp_id"),
                rs.getString("organization_id"),
                rs.getString("command"),
                rs.getString("action"),
                json.readValue(rs.getString("parameters"), MAP),
                rs.getString("requested_by"),
                CommandStatus.valueOf(rs.getString("status")),
                response == null ? null : json.readValue(response, MAP),
                instant(rs, "requested_at"),
                instant(rs, "deadline"),
                instant(rs, "completed_at"));
    }
}
