package io.evzone.auth.team.persistence;

import io.evzone.auth.team.domain.StationAssignment;
import io.evzone.auth.team.domain.StationAssignments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Station assignments in the {@code station_assignment} table. */
@Repository
public class JdbcStationAssignments implements StationAssignments {

    private final JdbcClient jdbc;

    public JdbcStationAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StationAssignment> of(UUID userId, UUID organizationId) {
        return jdbc.sql("""
                        SELECT id, station_id, role, is_primary, is_active, shift_start, shift_end, timezone
                        FROM station_assignment WHERE user_id = :userId AND organization_id = :orgId
                        ORDER BY position""")
                .param("userId", userId)
                .param("orgId", organizationId)
                .query(JdbcStationAssignments::map)
                .list();
    }

    @Override
    public void replace(UUID userId, UUID organizationId, List<StationAssignment> assignments) {
        Set<String> kept =
                assignments.stream().map(StationAssignment::stationId).collect(Collectors.toSet());
        for (StationAssignment current : of(userId, organizationId)) {
            if (!kept.contains(current.stationId())) {
                jdbc.sql("DELETE FROM station_assignment WHERE id = :id")
                        .param("id", current.id())
                        .update();
            }
        }
        // At most one primary per member: cleared first, so moving it to another station does not collide.
        jdbc.sql(
                        "UPDATE station_assignment SET is_primary = false WHERE user_id = :userId AND organization_id = :orgId")
                .param("userId", userId)
                .param("orgId", organizationId)
                .update();
        for (int position = 0; position < assignments.size(); position++) {
            StationAssignment a = assignments.get(position);
            jdbc.sql("""
                            INSERT INTO station_assignment (user_id, organization_id, station_id, role, is_primary,
                                is_active, shift_start, shift_end, timezone, position)
                            VALUES (:userId, :orgId, :stationId, :role, :primary, :active, :shiftStart, :shiftEnd,
                                :timezone, :position)
                            ON CONFLICT (user_id, organization_id, station_id) DO UPDATE SET role = excluded.role,
                                is_primary = excluded.is_primary, is_active = excluded.is_active,
                                shift_start = excluded.shift_start, shift_end = excluded.shift_end,
                                timezone = excluded.timezone, position = excluded.position""")
                    .param("userId", userId)
                    .param("orgId", organizationId)
                    .param("stationId", a.stationId())
                    .param("role", a.role())
                    .param("primary", a.isPrimary())
                    .param("active", a.isActive())
                    .param("shiftStart", a.shiftStart() == null ? null : Time.valueOf(a.shiftStart()))
                    .param("shiftEnd", a.shiftEnd() == null ? null : Time.valueOf(a.shiftEnd()))
                    .param(
                            "timezone",
                            a.timezone() == null ? null : a.timezone().getId())
                    .param("position", position)
                    .update();
        }
    }

    private static StationAssignment map(ResultSet rs, int row) throws SQLException {
        String timezone = rs.getString("timezone");
        return new StationAssignment(
                rs.getObject("id", UUID.class),
                rs.getString("station_id"),
                rs.getString("role"),
                rs.getBoolean("is_primary"),
                rs.getBoolean("is_active"),
                time(rs.getTime("shift_start")),
                time(rs.getTime("shift_end")),
                timezone == null ? null : ZoneId.of(timezone));
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }
}
