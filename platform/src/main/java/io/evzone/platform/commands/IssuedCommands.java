package io.evzone.platform.commands;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.platform.messaging.ChargerCommandJson;
import io.evzone.platform.retention.FinishedCommands;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The service's {@code charger_command} table: the commands it sent and their outcomes. */
public class IssuedCommands {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IssuedCommands(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    IssuedCommand insert(
            UUID id, IssueCommand.Request request, CommandStatus status, Instant requestedAt, Instant deadline) {
        String command = ChargerCommandJson.forLog(json, request.command());
        jdbc.sql("""
                        INSERT INTO charger_command (id, ocpp_id, organization_id, subject, operation, command,
                                                     requested_by, status, requested_at, deadline)
                        VALUES (:id, :ocpp, :org, :subject, :operation, :command, :by, :status, :at, :deadline)""")
                .param("id", id)
                .param("ocpp", request.ocppId())
                .param("org", request.organizationId())
                .param("subject", request.subject())
                .param("operation", request.command().operation())
                .param("command", command)
                .param("by", request.requestedBy())
                .param("status", status.name())
                .param("at", Timestamp.from(requestedAt))
                .param("deadline", Timestamp.from(deadline))
                .update();
        return new IssuedCommand(
                id,
                request.ocppId(),
                request.organizationId(),
                request.subject(),
                request.command().operation(),
                json.readValue(command, MAP),
                request.requestedBy(),
                status,
                null,
                requestedAt,
                deadline,
                null);
    }

    public Optional<IssuedCommand> byId(UUID id) {
        return jdbc.sql("SELECT * FROM charger_command WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public List<IssuedCommand> list(CommandQuery query) {
        return jdbc.sql("""
                        SELECT * FROM charger_command
                         WHERE (CAST(:org AS TEXT) IS NULL OR organization_id = :org)
                           AND (CAST(:subject AS TEXT) IS NULL OR subject = :subject)
                         ORDER BY requested_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("org", query.organizationId())
                .param("subject", query.subject())
                .param("limit", query.limit())
                .param("offset", query.offset())
                .query(this::map)
                .list();
    }

    /** @return the command with its outcome, or empty when it is not ours or already had one */
    Optional<IssuedCommand> complete(UUID id, CommandStatus status, Map<String, Object> response, Instant at) {
        return jdbc.sql("""
                        UPDATE charger_command SET status = :status, response = :response, completed_at = :at
                         WHERE id = :id AND status IN ('QUEUED', 'SENT') RETURNING *""")
                .param("id", id)
                .param("status", status.name())
                .param("response", json.writeValueAsString(response))
                .param("at", Timestamp.from(at))
                .query(this::map)
                .optional();
    }

    /** Commands still without an outcome whose deadline passed before {@code before}, oldest first. */
    List<UUID> overdue(Instant before, int limit) {
        return jdbc.sql("""
                        SELECT id FROM charger_command WHERE status IN ('QUEUED', 'SENT') AND deadline < :before
                         ORDER BY deadline LIMIT :limit""")
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** One purge chunk: see {@link FinishedCommands}. */
    public int deleteFinishedOlderThan(Duration retention, int limit) {
        return FinishedCommands.delete(jdbc, "charger_command", "requested_at", retention, limit);
    }

    private IssuedCommand map(ResultSet rs, int row) throws SQLException {
        String response = rs.getString("response");
        Timestamp completed = rs.getTimestamp("completed_at");
        return new IssuedCommand(
                rs.getObject("id", UUID.class),
                rs.getString("ocpp_id"),
                rs.getString("organization_id"),
                rs.getString("subject"),
                rs.getString("operation"),
                json.readValue(rs.getString("command"), MAP),
                rs.getString("requested_by"),
                CommandStatus.valueOf(rs.getString("status")),
                response == null ? null : json.readValue(response, MAP),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getTimestamp("deadline").toInstant(),
                completed == null ? null : completed.toInstant());
    }
}
