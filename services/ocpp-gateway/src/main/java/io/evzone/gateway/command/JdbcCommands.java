package io.evzone.gateway.command;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.ocpp.json.OcppJson;
import io.evzone.platform.messaging.ChargerCommandJson;
import io.evzone.platform.outbox.Outbox;
import io.evzone.platform.retention.FinishedCommands;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command log in the gateway's schema. A final status is written together with its
 * {@link CommandCompleted} in the outbox, so the result on Kafka and the row never disagree.
 */
@Component
public class JdbcCommands {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final JsonMapper json;

    public JdbcCommands(JdbcClient jdbc, TransactionTemplate transactions, Outbox outbox, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.json = json;
    }

    /** @return false when a command with this id exists already (a redelivered request) */
    public boolean insert(UUID id, String chargePointId, ChargerCommand command, String requestedBy) {
        return jdbc.sql("""
                        INSERT INTO command (id, charge_point_id, action, parameters, status, requested_by)
                        VALUES (:id, :cp, :action, :parameters, 'QUEUED', :by) ON CONFLICT (id) DO NOTHING""")
                        .param("id", id)
                        .param("cp", chargePointId)
                        .param("action", command.operation())
                        .param("parameters", ChargerCommandJson.forLog(json, command))
                        .param("by", requestedBy)
                        .update()
                == 1;
    }

    public void sent(UUID id, String ocppAction, String node) {
        jdbc.sql("""
                        UPDATE command SET status = 'SENT', ocpp_action = :ocpp, gateway_node = :node, updated_at = now()
                        WHERE id = :id AND status = 'QUEUED'""")
                .param("id", id)
                .param("ocpp", ocppAction)
                .param("node", node)
                .update();
    }

    /**
     * Records the outcome (unless one was recorded already) and publishes it.
     *
     * @param ocppAction the OCPP action sent, when this node sent it (else null: left as recorded)
     * @param node the node that sent it (else null: left as recorded)
     * @return true when this call recorded it
     */
    public boolean complete(
            UUID id,
            String chargePointId,
            String action,
            CommandStatus status,
            Map<String, Object> response,
            String ocppAction,
            String node) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            int updated = jdbc.sql("""
                            UPDATE command SET status = :status, response = :response, updated_at = now(),
                                ocpp_action = COALESCE(:ocpp, ocpp_action), gateway_node = COALESCE(:node, gateway_node)
                            WHERE id = :id AND status IN ('QUEUED', 'SENT')""")
                    .param("id", id)
                    .param("status", status.name())
                    .param("response", OcppJson.mapper().writeValueAsString(response))
                    .param("ocpp", ocppAction)
                    .param("node", node)
                    .update();
            if (updated == 0) {
                return false;
            }
            outbox.append(
                    Topics.OCPP_COMMAND_RESULTS,
                    chargePointId,
                    new CommandCompleted(id.toString(), chargePointId, action, status, response, Instant.now()));
            return true;
        }));
    }

    public Optional<CommandView> find(UUID id) {
        return jdbc.sql("SELECT * FROM command WHERE id = :id")
                .param("id", id)
                .query(JdbcCommands::view)
                .optional();
    }

    public List<CommandView> list(String chargePointId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM command WHERE (CAST(:cp AS TEXT) IS NULL OR charge_point_id = :cp)
                        ORDER BY created_at DESC LIMIT :limit OFFSET :offset""")
                .param("cp", chargePointId)
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcCommands::view)
                .list();
    }

    /**
     * Deletes at most {@code limit} commands that reached a final status more than {@code retention} ago (their
     * last update); a command still queued or sent is never deleted, however old. The partial index
     * {@code command_finished} serves the query.
     *
     * @return how many were deleted
     */
    public int deleteFinishedOlderThan(Duration retention, int limit) {
        return FinishedCommands.delete(jdbc, "command", "updated_at", retention, limit);
    }

    static Map<String, Object> responseMap(String json) {
        return json == null ? null : OcppJson.mapper().readValue(json, new TypeReference<Map<String, Object>>() {});
    }

    private static CommandView view(ResultSet rs, int row) throws SQLException {
        String response = rs.getString("response");
        return new CommandView(
                rs.getObject("id", UUID.class),
                rs.getString("charge_point_id"),
                rs.getString("action"),
                rs.getString("ocpp_action"),
                CommandStatus.valueOf(rs.getString("status")),
                OcppJson.mapper().readTree(rs.getString("parameters")),
                response == null ? null : OcppJson.mapper().readTree(response),
                rs.getString("requested_by"),
                rs.getString("gateway_node"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
