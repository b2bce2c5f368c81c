package io.evzone.session.commands.persistence;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.platform.retention.FinishedCommands;
import io.evzone.session.commands.domain.ChargerCommand;
import io.evzone.session.commands.domain.ChargerCommands;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcChargerCommands implements ChargerCommands {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcChargerCommands(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(ChargerCommand c) {
        jdbc.sql("""
                        INSERT INTO charger_command (id, charge_point_id, organization_id, action, session_id, requested_by,
                                                     status, requested_at, deadline)
                        VALUES (:id, :cp, :org, :action, :session, :by, :status, :at, :deadline)""")
                .param("id", c.id())
                .param("cp", c.chargePointId())
                .param("org", c.organizationId())
                .param("action", c.action())
                .param("session", c.sessionId())
                .param("by", c.requestedBy())
                .param("status", c.status().name())
                .param("at", Timestamp.from(c.requestedAt()))
                .param("deadline", Timestamp.from(c.deadline()))
                .update();
    }

    @Override
    public Optional<ChargerCommand> byId(UUID id) {
        return jdbc.sql("SELECT * FROM charger_command WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    @Override
    public boolean complete(UUID id, CommandStatus status, Map<String, Object> response, Instant completedAt) {
        return jdbc.sql("""
                        UPDATE charger_command SET status = :status, response = :response, completed_at = :at
                         WHERE id = :id AND status IN ('QUEUED', 'SENT')""")
                        .param("id", id)
                        .param("status", status.name())
                        .param("response", json.writeValueAsString(response))
                        .param("at", Timestamp.from(completedAt))
                        .update()
                == 1;
    }

    @Override
    public int deleteFinishedOlderThan(Duration retention, int limit) {
        return FinishedCommands.delete(jdbc, "charger_command", "requested_at", retention, limit);
    }

    private ChargerCommand map(ResultSet rs, int row) throws SQLException {
        String response = rs.getString("response");
        return new ChargerCommand(
                rs.getObject("id", UUID.class),
                rs.getString("charge_point_id"),
                rs.getString("organization_id"),
                rs.getString("action"),
                rs.getObject("session_id", UUID.class),
                rs.getString("requested_by"),
                CommandStatus.valueOf(rs.getString("status")),
                response == null ? null : json.readValue(response, MAP),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getTimestamp("deadline").toInstant(),
                rs.getTimestamp("completed_at") == null
                        ? null
                        : rs.getTimestamp("completed_at").toInstant());
    }
}
