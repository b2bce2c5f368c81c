package io.evzone.session.charging.persistence;

import static io.evzone.session.charging.persistence.SessionRows.timestamp;

import io.evzone.session.charging.application.SessionFilter;
import io.evzone.session.charging.application.SessionQueries;
import io.evzone.session.charging.application.SessionStats;
import io.evzone.session.charging.domain.SessionState;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSessionQueries implements SessionQueries {

    private static final String WHERE = """
             WHERE (CAST(:org AS TEXT) IS NULL OR organization_id = :org)
               AND (CAST(:owner AS TEXT) IS NULL OR user_id = :owner)
               AND (CAST(:user AS TEXT) IS NULL OR user_id = :user)
               AND (CAST(:station AS TEXT) IS NULL OR station_id = :station)
               AND (CAST(:cp AS TEXT) IS NULL OR charge_point_id = :cp)
               AND (CAST(:status AS TEXT) IS NULL OR status = :status)
               AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR COALESCE(started_at, created_at) >= :from)
               AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR COALESCE(started_at, created_at) < :to)
            """;

    private final JdbcClient jdbc;

    JdbcSessionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SessionState> find(SessionFilter f) {
        return bind(
                        jdbc.sql("SELECT " + SessionRows.COLUMNS + " FROM charging_session" + WHERE
                                + " ORDER BY COALESCE(started_at, created_at) DESC, id LIMIT :limit OFFSET :offset"),
                        f)
                .param("limit", f.limit())
                .param("offset", f.offset())
                .query(SessionRows::map)
                .list();
    }

    @Override
    public Optional<SessionState> byId(UUID id) {
        return jdbc.sql("SELECT " + SessionRows.COLUMNS + " FROM charging_session WHERE id = :id")
                .param("id", id)
                .query(SessionRows::map)
                .optional();
    }

    @Override
    public SessionStats stats(SessionFilter f) {
        return bind(jdbc.sql("""
                                SELECT count(*) AS total,
                                       count(*) FILTER (WHERE status = 'ACTIVE') AS active,
                                       count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                                       count(*) FILTER (WHERE status = 'FAILED') AS failed,
                                       COALESCE(sum(energy_wh), 0) AS energy,
                                       COALESCE(avg(energy_wh), 0) AS avg_energy,
                                       COALESCE(avg(EXTRACT(EPOCH FROM stopped_at - started_at))
                                                FILTER (WHERE stopped_at IS NOT NULL AND started_at IS NOT NULL), 0)
                                           AS avg_duration,
                                       COALESCE(sum(power_w) FILTER (WHERE status = 'ACTIVE'), 0) AS power
                                  FROM charging_session""" + WHERE), f)
                .query((rs, n) -> new SessionStats(
                        rs.getLong("total"),
                        rs.getLong("active"),
                        rs.getLong("completed"),
                        rs.getLong("failed"),
                        rs.getLong("energy"),
                        Math.round(rs.getDouble("avg_energy")),
                        Math.round(rs.getDouble("avg_duration")),
                        rs.getLong("power")))
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SessionFilter f) {
        return spec.param("org", f.organizationId())
                .param("owner", f.ownerUserId())
                .param("user", f.userId())
                .param("station", f.stationId())
                .param("cp", f.chargePointId())
                .param("status", f.status() == null ? null : f.status().name())
                .param("from", timestamp(f.from()))
                .param("to", timestamp(f.to()));
    }
}
