package io.evzone.auth.team.persistence;

import io.evzone.auth.shared.persistence.Sql;
import io.evzone.auth.team.domain.StationContexts;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Selected station contexts in the {@code station_context} table. */
@Repository
public class JdbcStationContexts implements StationContexts {

    private final JdbcClient jdbc;

    public JdbcStationContexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> selected(UUID userId, UUID organizationId) {
        return jdbc.sql(
                        "SELECT assignment_id FROM station_context WHERE user_id = :userId AND organization_id = :orgId")
                .param("userId", userId)
                .param("orgId", organizationId)
                .query(UUID.class)
                .optional();
    }

    @Override
    public void select(UUID userId, UUID organizationId, UUID assignmentId, Instant at) {
        jdbc.sql("""
                        INSERT INTO station_context (user_id, organization_id, assignment_id, selected_at)
                        VALUES (:userId, :orgId, :assignmentId, :at)
                        ON CONFLICT (user_id, organization_id)
                        DO UPDATE SET assignment_id = excluded.assignment_id, selected_at = excluded.selected_at""")
                .param("userId", userId)
                .param("orgId", organizationId)
                .param("assignmentId", assignmentId)
                .param("at", Sql.timestamp(at))
                .update();
    }
}
