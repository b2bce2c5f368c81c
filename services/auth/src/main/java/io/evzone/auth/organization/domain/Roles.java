package io.evzone.auth.organization.domain;

import static io.evzone.contracts.Permissions.ANALYTICS_READ;
import static io.evzone.contracts.Permissions.AUDIT_READ;
import static io.evzone.contracts.Permissions.BILLING_MANAGE;
import static io.evzone.contracts.Permissions.BILLING_READ;
import static io.evzone.contracts.Permissions.BOOKINGS_MANAGE;
import static io.evzone.contracts.Permissions.BOOKINGS_OWN;
import static io.evzone.contracts.Permissions.BOOKINGS_READ;
import static io.evzone.contracts.Permissions.CHARGE_POINTS_COMMAND;
import static io.evzone.contracts.Permissions.DISPATCH_WORK;
import static io.evzone.contracts.Permissions.ID_TOKENS_MANAGE;
import static io.evzone.contracts.Permissions.INCIDENTS_MANAGE;
import static io.evzone.contracts.Permissions.INCIDENTS_READ;
import static io.evzone.contracts.Permissions.NOTIFICATIONS_OWN;
import static io.evzone.contracts.Permissions.ORGANIZATIONS_MANAGE;
import static io.evzone.contracts.Permissions.SESSIONS_MANAGE;
import static io.evzone.contracts.Permissions.SESSIONS_OWN;
import static io.evzone.contracts.Permissions.SESSIONS_READ;
import static io.evzone.contracts.Permissions.STATIONS_READ;
import static io.evzone.contracts.Permissions.STATIONS_WRITE;
import static io.evzone.contracts.Permissions.USERS_MANAGE;
import static io.evzone.contracts.Permissions.USERS_READ;
import static io.evzone.contracts.Permissions.WALLET_OWN;

import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.Permissions;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The built-in roles. Every role includes the personal permissions of a driver (own sessions,
 * wallet, bookings and notifications), so a member of an organization can still charge their car.
 */
public final class Roles {

    static final Set<String> PERSONAL =
            Set.of(STATIONS_READ, SESSIONS_OWN, WALLET_OWN, BOOKINGS_OWN, NOTIFICATIONS_OWN);

    /** Everything, everywhere: holds {@code platform.admin} and every other permission. */
    public static final Role SUPER_ADMIN = new Role(
            "super_admin",
            "Platform administrator: every permission in every organization",
            Set.copyOf(Permissions.all()),
            true);

    public static final Role ORG_ADMIN = new Role(
            "org_admin",
            "Runs an organization: its users and members, stations, sessions, billing, bookings, incidents, audit log",
            with(
                    USERS_READ,
                    USERS_MANAGE,
                    ORGANIZATIONS_MANAGE,
                    STATIONS_READ,
                    STATIONS_WRITE,
                    CHARGE_POINTS_COMMAND,
                    SESSIONS_READ,
                    SESSIONS_MANAGE,
                    ID_TOKENS_MANAGE,
                    BILLING_READ,
                    BILLING_MANAGE,
                    BOOKINGS_READ,
                    BOOKINGS_MANAGE,
                    INCIDENTS_READ,
                    INCIDENTS_MANAGE,
                    ANALYTICS_READ,
                    AUDIT_READ),
            false);

    public static final Role STATION_MANAGER = new Role(
            "station_manager",
            "Operates an organization's stations: chargers, commands, sessions, bookings, incidents",
            with(
                    USERS_READ,
                    STATIONS_READ,
                    STATIONS_WRITE,
                    CHARGE_POINTS_COMMAND,
                    SESSIONS_READ,
                    SESSIONS_MANAGE,
                    ID_TOKENS_MANAGE,
                    BILLING_READ,
                    BOOKINGS_READ,
                    BOOKINGS_MANAGE,
                    INCIDENTS_READ,
                    INCIDENTS_MANAGE,
                    ANALYTICS_READ),
            false);

    public static final Role TECHNICIAN = new Role(
            "technician",
            "Field technician: reads stations and sessions, sends charger commands, works dispatched incidents",
            with(STATIONS_READ, CHARGE_POINTS_COMMAND, SESSIONS_READ, INCIDENTS_READ, DISPATCH_WORK),
            false);

    public static final Role DRIVER =
            new Role("driver", "Charges a vehicle: own sessions, wallet, bookings and notifications", PERSONAL, false);

    private static final List<Role> ALL = List.of(SUPER_ADMIN, ORG_ADMIN, STATION_MANAGER, TECHNICIAN, DRIVER);

    private Roles() {}

    public static List<Role> all() {
        return ALL;
    }

    public static Optional<Role> find(String code) {
        return ALL.stream().filter(role -> role.code().equals(code)).findFirst();
    }

    /** Roles a membership can hold: every built-in role except the platform-wide {@code super_admin}. */
    public static List<Role> membershipRoles() {
        return ALL.stream().filter(role -> !role.platform()).toList();
    }

    public static Role requireMembershipRole(String code) {
        return find(code)
                .filter(role -> !role.platform())
                .orElseThrow(() -> DomainException.invalid("role: must be one of "
                        + membershipRoles().stream().map(Role::code).collect(Collectors.joining(", "))));
    }

    private static Set<String> with(String... permissions) {
        Set<String> all = new HashSet<>(PERSONAL);
        all.addAll(Set.of(permissions));
        return Set.copyOf(all);
    }
}
