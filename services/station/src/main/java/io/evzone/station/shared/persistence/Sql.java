package io.evzone.station.shared.persistence;

import io.evzone.station.shared.domain.OrganizationScope;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Conversions between Java values and PostgreSQL columns, and the organization scope as SQL. */
public final class Sql {

    private Sql() {}

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    public static List<String> list(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** A LIKE pattern that matches {@code text} anywhere, with the wildcards in it taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The condition that keeps a query inside the caller's organizations, on the given column, adding
     * its parameter to {@code params}. An organization-less caller who is no administrator sees nothing.
     */
    public static String scope(String column, OrganizationScope scope, Map<String, Object> params) {
        if (scope.everything()) {
            return "TRUE";
        }
        if (scope.organizationId() == null) {
            return "FALSE";
        }
        params.put("scopeOrganization", scope.organizationId());
        return column + " = :scopeOrganization";
    }
}
