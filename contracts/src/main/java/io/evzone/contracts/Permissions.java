package io.evzone.contracts;

import java.util.List;

/**
 * Permission codes carried in access tokens and checked by every service. Roles (defined by the
 * auth service) are sets of these.
 */
public final class Permissions {

    /** Everything, in every organization: the platform super admin. */
    public static final String PLATFORM_ADMIN = "platform.admin";

    public static final String USERS_READ = "users.read";
    public static final String USERS_MANAGE = "users.manage";
    public static final String ORGANIZATIONS_MANAGE = "organizations.manage";
    public static final String STATIONS_READ = "stations.read";
    public static final String STATIONS_WRITE = "stations.write";
    public static final String CHARGE_POINTS_COMMAND = "charge_points.command";
    public static final String SESSIONS_READ = "sessions.read";
    public static final String SESSIONS_MANAGE = "sessions.manage";
    public static final String SESSIONS_OWN = "sessions.own";
    public static final String ID_TOKENS_MANAGE = "id_tokens.manage";
    public static final String BILLING_READ = "billing.read";
    public static final String BILLING_MANAGE = "billing.manage";
    public static final String WALLET_OWN = "wallet.own";
    public static final String BOOKINGS_READ = "bookings.read";
    public static final String BOOKINGS_MANAGE = "bookings.manage";
    public static final String BOOKINGS_OWN = "bookings.own";
    public static final String INCIDENTS_READ = "incidents.read";
    public static final String INCIDENTS_MANAGE = "incidents.manage";
    public static final String DISPATCH_WORK = "dispatch.work";
    public static final String NOTIFICATIONS_OWN = "notifications.own";
    public static final String ANALYTICS_READ = "analytics.read";
    public static final String AUDIT_READ = "audit.read";

    private Permissions() {}

    public static List<String> all() {
        return List.of(
                PLATFORM_ADMIN,
                USERS_READ,
                USERS_MANAGE,
                ORGANIZATIONS_MANAGE,
                STATIONS_READ,
                STATIONS_WRITE,
                CHARGE_POINTS_COMMAND,
                SESSIONS_READ,
                SESSIONS_MANAGE,
                SESSIONS_OWN,
                ID_TOKENS_MANAGE,
                BILLING_READ,
                BILLING_MANAGE,
                WALLET_OWN,
                BOOKINGS_READ,
                BOOKINGS_MANAGE,
                BOOKINGS_OWN,
                INCIDENTS_READ,
                INCIDENTS_MANAGE,
                DISPATCH_WORK,
                NOTIFICATIONS_OWN,
                ANALYTICS_READ,
                AUDIT_READ);
    }
}
