package io.evzone.auth.shared.web;

import io.evzone.auth.shared.domain.DomainException;
import java.util.Locale;
import java.util.Map;

/**
 * The one translation between EVZone's internal role codes and statuses and the strings the clients
 * compare (CLIENT-API, "Values the clients compare as strings"): roles go out as the upper-case role
 * names the operator portal knows, statuses capitalised ({@code Active}). Inputs are read in either
 * form, case-insensitively. Access tokens keep the internal codes.
 */
public final class ClientValues {

    private static final Map<String, String> CLIENT_ROLES = Map.of(
            "super_admin", "SUPER_ADMIN",
            "org_admin", "STATION_OWNER",
            "station_manager", "STATION_ADMIN",
            "technician", "TECHNICIAN_ORG",
            "driver", "DRIVER");

    private ClientValues() {}

    /** The role name a client knows for an internal role code; a custom role's code in upper case. */
    public static String clientRole(String code) {
        if (code == null) {
            return null;
        }
        return CLIENT_ROLES.getOrDefault(code, code.toUpperCase(Locale.ROOT));
    }

    /** The internal role code for a role given in either form, or null for null. */
    public static String roleCode(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        return CLIENT_ROLES.entrySet().stream()
                .filter(role -> role.getValue().equalsIgnoreCase(given.strip()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(given.strip().toLowerCase(Locale.ROOT));
    }

    /** A status as the clients show it: {@code ACTIVE} becomes {@code Active}. */
    public static String clientStatus(Enum<?> status) {
        return status == null ? null : clientStatus(status.name());
    }

    /** A status name as the clients show it: {@code ACTIVE} becomes {@code Active}. */
    public static String clientStatus(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * A status given in either form ({@code Active}, {@code ACTIVE}, {@code active}), or null for null.
     *
     * @throws DomainException (400) naming {@code field} when no status has that name
     */
    public static <E extends Enum<E>> E status(String given, Class<E> type, String field) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field + ": unknown status '" + given + "'");
        }
    }
}
