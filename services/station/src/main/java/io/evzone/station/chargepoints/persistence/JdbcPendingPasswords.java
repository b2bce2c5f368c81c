package io.evzone.station.chargepoints.persistence;

import static io.evzone.station.shared.persistence.Sql.instant;
import static io.evzone.station.shared.persistence.Sql.timestamp;
import static io.evzone.station.shared.persistence.Sql.uuid;

import io.evzone.station.chargepoints.domain.PendingPassword;
import io.evzone.station.chargepoints.domain.PendingPasswords;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPendingPasswords implements PendingPasswords {

    private final JdbcClient jdbc;

    JdbcPendingPasswords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PendingPassword> of(UUID chargePointId) {
        return jdbc.sql("SELECT * FROM pending_charger_password WHERE charge_point_id = :id")
                .param("id", chargePointId)
                .query((rs, row) -> new PendingPassword(
                        uuid(rs, "charge_point_id"),
                        rs.getString("password_hash"),
                        uuid(rs, "command_id"),
                        instant(rs, "requested_at")))
                .optional();
    }

    @Override
    public void save(PendingPassword pending) {
        jdbc.sql("""
                        INSERT INTO pending_charger_password (charge_point_id, password_hash, command_id, requested_at)
                        VALUES (:id, :hash, :command, :at)
                        ON CONFLICT (charge_point_id) DO UPDATE SET password_hash = EXCLUDED.password_hash,
                            command_id = EXCLUDED.command_id, requested_at = EXCLUDED.requested_at""")
                .param("id", pending.chargePointId())
                .param("hash", pending.passwordHash())
                .param("command", pending.commandId())
                .param("at", timestamp(pending.requestedAt()))
                .update();
    }

    @Override
    public void remove(UUID chargePointId) {
        jdbc.sql("DELETE FROM pending_charger_password WHERE charge_point_id = :id")
                .param("id", chargePointId)
                .update();
    }
}
