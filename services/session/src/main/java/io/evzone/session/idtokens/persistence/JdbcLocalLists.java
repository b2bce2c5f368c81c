package io.evzone.session.idtokens.persistence;

import io.evzone.session.idtokens.domain.LocalLists;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLocalLists implements LocalLists {

    private final JdbcClient jdbc;

    JdbcLocalLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int nextVersion(String chargePointId, int entries, Instant at) {
        return jdbc.sql("""
                        INSERT INTO local_list (charge_point_id, version, command_id, entries, status, pushed_at)
                        VALUES (:cp, 1, NULL, :entries, 'QUEUED', :at)
                        ON CONFLICT (charge_point_id) DO UPDATE
                           SET version = local_list.version + 1, command_id = NULL,
                               entries = EXCLUDED.entries, status = 'QUEUED', pushed_at = EXCLUDED.pushed_at
                        RETURNING version""")
                .param("cp", chargePointId)
                .param("entries", entries)
                .param("at", Timestamp.from(at))
                .query(Integer.class)
                .single();
    }

    @Override
    public void sentWith(String chargePointId, UUID commandId) {
        jdbc.sql("UPDATE local_list SET command_id = :command WHERE charge_point_id = :cp")
                .param("command", commandId)
                .param("cp", chargePointId)
                .update();
    }

    @Override
    public void answered(UUID commandId, String status) {
        jdbc.sql("UPDATE local_list SET status = :status WHERE command_id = :command")
                .param("status", status)
                .param("command", commandId)
                .update();
    }
}
