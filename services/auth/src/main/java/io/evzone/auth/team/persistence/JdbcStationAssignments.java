package io.evzone.auth.team.persistence;

import io.evzone.auth.team.domain.StationAssignment;
import io.evzone.auth.team.domain.StationAssignments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
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
                        SELECT station_id, role, is_primary, is_active, shift_start, shift_end, timezone
                        FROM station_assignment WHERE user_id = :userId AND organization_id = :orgId
                        ORDER BY position""")
                .param("userId", userId)
                .param("orgId", organizationId)
                .query(JdbcStationAssignments::map)
                .list();
    }

    @Override
    public void replace(UUID userId, UUID organizationId, List<StationAssignment> assignments) {
        jdbc.sql("DELETE FROM station_assignment WHERE user_id = :userId AND organization_id = :orgId")
                .param("userId", userId)
                .param("orgId", organizationId)
                .update();
        for (int position = 0; position < assignments.size(); position++) {
            StationAssignment a = assignments.get(position);
            jdbc.sql("""
                            INSERT INTO station_assignment (user_id, organization_id, station_id, role, is_primary,
                                is_active, shift_start, shift_end, timezone, position)
                            VALUES (:userId, :orgId, :stationId, :role, :primary, :active, :shiftStart, :shiftEnd,
                                :timezone, :position)""")
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
