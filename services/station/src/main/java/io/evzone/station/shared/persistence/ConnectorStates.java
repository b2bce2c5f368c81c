package io.evzone.station.shared.persistence;

import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.station.shared.domain.ConnectorState;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a {@link ConnectorState} from a row of {@code connector c JOIN charge_point cp}: select
 * {@link #COLUMNS}.
 */
public final class ConnectorStates {

    public static final String COLUMNS =
            "cp.online AS cp_online, cp.registration_status AS cp_registration, cp.reported_status AS cp_status,"
                    + " c.status AS c_status";

    private ConnectorStates() {}

    public static ConnectorState map(ResultSet rs) throws SQLException {
        return new ConnectorState(
                rs.getBoolean("cp_online"),
                "ACCEPTED".equals(rs.getString("cp_registration")),
                status(rs.getString("cp_status")),
                status(rs.getString("c_status")));
    }

    private static ConnectorStatus status(String value) {
        return value == null ? null : ConnectorStatus.valueOf(value);
    }
}
