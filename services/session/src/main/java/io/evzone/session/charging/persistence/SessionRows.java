package io.evzone.session.charging.persistence;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.session.charging.domain.MeterReadings;
import io.evzone.session.charging.domain.SessionState;
import io.evzone.session.charging.domain.SessionStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Maps {@code charging_session} rows to {@link SessionState}. */
final class SessionRows {

    static final String COLUMNS = """
            id, charge_point_id, organization_id, station_id, ocpp_version, evse_id, connector_id, transaction_id,
            start_key, id_tag, user_id, authorization_status, status, started_at, stopped_at, meter_start_wh,
            meter_stop_wh, first_register_wh, first_register_at, last_register_wh, last_register_at, energy_wh,
            power_w, power_at, stop_reason, closed_by_csms, seen_seq_nos, last_update_published_at, created_at""";

    private SessionRows() {}

    static SessionState map(ResultSet rs, int row) throws SQLException {
        return new SessionState(
                rs.getObject("id", UUID.class),
                rs.getString("charge_point_id"),
                rs.getString("organization_id"),
                rs.getString("station_id"),
                version(rs.getString("ocpp_version")),
                rs.getInt("evse_id"),
                rs.getInt("connector_id"),
                rs.getString("transaction_id"),
                rs.getString("start_key"),
                rs.getString("id_tag"),
                rs.getString("user_id"),
                rs.getString("authorization_status") == null
                        ? null
                        : AuthorizationStatus.valueOf(rs.getString("authorization_status")),
                SessionStatus.valueOf(rs.getString("status")),
                instant(rs, "started_at"),
                instant(rs, "stopped_at"),
                longOrNull(rs, "meter_start_wh"),
                longOrNull(rs, "meter_stop_wh"),
                new MeterReadings(
                        longOrNull(rs, "first_register_wh"),
                        instant(rs, "first_register_at"),
                        longOrNull(rs, "last_register_wh"),
                        instant(rs, "last_register_at"),
                        longOrNull(rs, "power_w"),
                        instant(rs, "power_at")),
                rs.getLong("energy_wh"),
                rs.getString("stop_reason"),
                rs.getBoolean("closed_by_csms"),
                seqNos(rs.getArray("seen_seq_nos")),
                instant(rs, "last_update_published_at"),
                instant(rs, "created_at"));
    }

    static OcppVersion version(String label) {
        return Arrays.stream(OcppVersion.values())
                .filter(v -> v.label().equals(label))
                .findFirst()
                .orElse(OcppVersion.V16);
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Set<Integer> seqNos(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Arrays.stream((Integer[]) array.getArray()).collect(Collectors.toSet());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
